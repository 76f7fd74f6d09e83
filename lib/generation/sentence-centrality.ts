import type { AnalyzedArticle } from "./analyze-article";
import { FUNCTION_WORDS, zipf } from "./word-lists";

/** Words this common in general English say nothing about what a sentence is about. */
const EVERYDAY_ZIPF = 5.5;

/**
 * How central each sentence is to its article, in [0, 1]: the mean, over the sentence's content words, of how many
 * other sentences share the word (a TextRank-like degree over shared words), scaled so the most central sentence
 * scores 1. A sentence about the article's subject ("Runners in the marathon crossed three bridges") shares its words
 * with many others; an incidental one ("A bakery on Main Street sold bread to spectators") with few.
 *
 * @example
 * sentenceCentrality(article)[0] // 1 for a lead sentence that names the article's subject
 */
export function sentenceCentrality(article: AnalyzedArticle): number[] {
  const words = article.infos.map((i) => contentWords(i.sentence.text));
  const df = new Map<string, number>();
  for (const set of words) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const raw = words.map((set) => (set.size === 0 ? 0 : [...set].reduce((n, w) => n + Math.log1p((df.get(w) ?? 1) - 1), 0) / set.size));
  const top = Math.max(...raw, 0);
  return raw.map((r) => (top > 0 ? r / top : 0));
}

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) {
    if (w.length < 3 || FUNCTION_WORDS.has(w) || /^\d/.test(w) || zipf(w) >= EVERYDAY_ZIPF) continue;
    out.add(w.replace(/(?<=[^s])s$/, ""));
  }
  return out;
}
