// compromise's "two" build is the tagger without the phrase-level plugins of the default "three" build: it gives the
// same terms and tags, and skips the chunker pass (noun/verb phrase chunks) that the default runs and we never read.
import nlp from "compromise/two";
import type { Sentence, Token } from "./types";

// compromise takes ~0.7 s to load: it is imported once, here, at module level.

/**
 * Tags the whole text with one compromise pass (much cheaper than one pass per sentence) and hands each sentence
 * its tokens, with absolute offsets.
 *
 * @example
 * tokenizeText("Kim visited Russia. Putin met him.", sentences)[1].map((t) => t.text) // ["Putin", "met", "him"]
 */
export function tokenizeText(text: string, sentences: Pick<Sentence, "start" | "end">[]): Token[][] {
  const out: Token[][] = sentences.map(() => []);
  if (sentences.length === 0) return out;
  const doc = nlp(text);
  doc.compute("root");
  let cursor = 0;
  let s = 0;
  for (const term of doc.termList() as Array<{ text: string; post: string; tags: Set<string>; root?: string }>) {
    if (!term.text) continue;
    const at = text.indexOf(term.text, cursor);
    if (at < 0) continue;
    cursor = at + term.text.length;
    while (s < sentences.length && sentences[s].end <= at) s++;
    if (s >= sentences.length) break;
    if (at < sentences[s].start) continue;
    const end = Math.min(at + term.text.length, sentences[s].end);
    const post = end < at + term.text.length ? "" : text.slice(end, end + (term.post ?? "").length);
    out[s].push({ text: text.slice(at, end), start: at, end, post: end === sentences[s].end ? "" : post, tags: term.tags, root: term.root ?? "" });
  }
  return out;
}

const verbCache = new Map<string, boolean>();

/** True when compromise, given the word alone, reads it as a verb ("helps", "include"), not as a noun or adjective. */
export function isVerbOutOfContext(word: string): boolean {
  const key = word.toLowerCase();
  let verb = verbCache.get(key);
  if (verb === undefined) {
    const tags = (nlp(key).termList()[0] as { tags?: Set<string> } | undefined)?.tags;
    verb = Boolean(tags?.has("Verb") && !tags.has("Noun") && !tags.has("Adjective"));
    verbCache.set(key, verb);
  }
  return verb;
}
