/** What may separate two words: runs of spaces, tabs and line breaks count as one. */
const SPACE = /\s+/u;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Where a passage the reader selected, pasted or edited is in the article text, with any run of white space
 * matching any other (a copy from the page may join lines or double spaces): the occurrence that starts at
 * `hint` when there is one, else the first; null when the text does not hold it.
 *
 * @example
 * findPassage("Kim met Putin.\nThey  talked.", "They talked.") // { start: 15, end: 28 }
 */
export function findPassage(text: string, passage: string, hint?: number): { start: number; end: number } | null {
  const words = passage.trim().split(SPACE).filter(Boolean);
  if (words.length === 0) return null;
  const re = new RegExp(words.map(escapeRegExp).join("\\s+"), "gu");
  let first: { start: number; end: number } | null = null;
  for (const m of text.matchAll(re)) {
    const at = { start: m.index, end: m.index + m[0].length };
    if (hint === undefined || at.start === hint) return at;
    first ??= at;
  }
  return first;
}
