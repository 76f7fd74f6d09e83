const MAX_LENGTH = 60;

/**
 * A slug of an article's title, for its Anki tag and the export's file name: lower case, accents dropped,
 * letters and digits of any script kept, every other run of characters one hyphen, at most 60 characters
 * (cut at a hyphen where one is near). "article" when nothing is left.
 *
 * @example
 * makeSlug("North Korea–Russia Cooperation: What's Next?") // "north-korea-russia-cooperation-what-s-next"
 */
export function makeSlug(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const chars = Array.from(words);
  if (chars.length <= MAX_LENGTH) return words || "article";
  const cut = chars.slice(0, MAX_LENGTH).join("");
  const lastHyphen = cut.lastIndexOf("-");
  return lastHyphen >= MAX_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut.replace(/-+$/, "");
}
