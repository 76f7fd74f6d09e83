import type { Span } from "./render-prompt";
import { tidyPrompt } from "./tidy-prompt";
import type { SentenceInfo, Token } from "./types";

/**
 * True when a subject opens with "The/A", which a question writes in lower case.
 *
 * @example
 * lowerDeterminer(theToken) // true
 */
export function lowerDeterminer(first: Token): boolean {
  return first.tags.has("Determiner") && !/^[A-Z]{2}/.test(first.text);
}

/**
 * The sentence text between two offsets, with resolved pronouns put in.
 *
 * @example
 * renderRange(info, info.sentence.start, info.sentence.start + 11, false) // "North Korea"
 */
export function renderRange(info: SentenceInfo, start: number, end: number, lowerFirst: boolean): string {
  let text = info.sentence.text.slice(start - info.sentence.start, end - info.sentence.start);
  const r = info.replacements.find((x) => x.start === start);
  if (r) text = r.text + text.slice(r.end - r.start);
  return lowerFirst ? text[0].toLowerCase() + text.slice(1) : text;
}

/**
 * The sentence text between two offsets, with resolved pronouns put in and an optional span cut out.
 *
 * @example
 * renderClause(info, verb.end, info.sentence.end, dateSpan) // " its fifth intercontinental ballistic missile test of the year."
 */
export function renderClause(info: SentenceInfo, start: number, end: number, cut: Span | undefined): string {
  const s = info.sentence;
  let text = "";
  for (let i = start; i < end; i++) {
    if (cut && i >= cut.start && i < cut.end) continue;
    const r = info.replacements.find((x) => x.start === i);
    if (r) {
      text += r.text;
      i = r.end - 1;
      continue;
    }
    text += s.text[i - s.start];
  }
  return text.replace(/\s+/g, " ").replace(/\s+,/g, ",").replace(/,\s*$/, "");
}

/**
 * Tidies a question and ends it with one question mark.
 *
 * @example
 * finishQuestion("When did North Korea conduct a test ,") // "When did North Korea conduct a test?"
 */
export function finishQuestion(question: string): string {
  const q = tidyPrompt(question).replace(/[,;:\s]+$/, "");
  return `${q}?`;
}
