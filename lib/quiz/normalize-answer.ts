const NUMBER_WORDS: Record<string, string> = {
  zero: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8",
  nine: "9", ten: "10", eleven: "11", twelve: "12", thirteen: "13", fourteen: "14", fifteen: "15",
  sixteen: "16", seventeen: "17", eighteen: "18", nineteen: "19", twenty: "20", thirty: "30",
  forty: "40", fifty: "50", sixty: "60", seventy: "70", eighty: "80", ninety: "90", hundred: "100",
  thousand: "1000", million: "1000000",
};

const ARTICLES = new Set(["a", "an", "the"]);

/**
 * Reduces an answer to the form typed answers are compared in: accents stripped (NFD), lower case,
 * punctuation dropped ("U.S." → "us"), thousands separators removed ("1,000" → "1000"), ordinals and
 * letter–digit joins split ("28th" → "28", "Hwasong18" → "hwasong 18"), number words as digits
 * ("three" → "3"), articles removed, whitespace collapsed. Articles are dropped anywhere, not
 * only in front, unless nothing else is left ("The" stays "the").
 *
 * @example
 * normalizeAnswer("  The Center for Naval Analyses! ") // "center for naval analyses"
 * normalizeAnswer("More than 1,000")                  // "more than 1000"
 * normalizeAnswer("Pyongyang’s Señor")                // "pyongyangs senor"
 */
export function normalizeAnswer(text: string): string {
  const cleaned = text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/%/g, " percent ")
    .replace(/(\d)[,\u00a0\u202f](?=\d{3}(?!\d))/g, "$1")
    .replace(/(\d)(?:st|nd|rd|th)\b/g, "$1")
    .replace(/(\p{L})(?=\d)|(\d)(?=\p{L})/gu, "$1$2 ")
    .replace(/(?<!\d)\.|\.(?!\d)/g, "")
    .replace(/['’‘`´]/g, "")
    .replace(/[^\p{L}\p{N}.]+/gu, " ")
    .trim();
  if (cleaned === "") return "";
  const tokens = cleaned.split(/\s+/).map((token) => NUMBER_WORDS[token] ?? token);
  const withoutArticles = tokens.filter((token) => !ARTICLES.has(token));
  return (withoutArticles.length > 0 ? withoutArticles : tokens).join(" ");
}
