import { splitSentences } from "../generation/split-sentences";
import { MAX_OWN_ANSWER_CHARS } from "../validations/make-card";

/** What "Make a card" fills the editor with: the passage, and the words to blank (empty when there is no good guess). */
export type TOwnCardDraft = {
  sentence: string;
  /** Offset of the passage in the article text. */
  sentenceStart: number;
  answer: string;
  /** Offset of `answer` in `sentence`, or undefined without an answer. */
  answerStart?: number;
};

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Marks a selection may catch at its ends that no answer should keep. */
const EDGE = /^[\s"'“”‘’(),.;:!?\]\[-]+|[\s"'“”‘’(),.;:!?\]\[-]+$/gu;

/**
 * The card a selection of the article text suggests: the sentence (or sentences) it falls in, and, when it is
 * a few words inside one sentence, those words (widened to whole words, stray punctuation dropped) as the
 * words to blank. A selection in a line the sentence splitter skips (a heading, a dateline) takes that line.
 * Null for an empty or out-of-range selection.
 *
 * @example
 * draftCardFromSelection("Kim met Putin. They talked.", { start: 9, end: 12 })
 * // { sentence: "Kim met Putin.", sentenceStart: 0, answer: "Putin", answerStart: 8 }
 */
export function draftCardFromSelection(text: string, selection: { start: number; end: number }): TOwnCardDraft | null {
  const from = Math.max(0, Math.min(selection.start, selection.end));
  const to = Math.min(text.length, Math.max(selection.start, selection.end));
  if (to <= from || !text.slice(from, to).trim()) return null;
  const touched = splitSentences(text).filter((s) => s.start < to && s.end > from);
  const span = touched.length > 0 ? { start: touched[0].start, end: touched.at(-1)!.end } : lineAround(text, from, to);
  const sentence = text.slice(span.start, span.end);
  const draft: TOwnCardDraft = { sentence, sentenceStart: span.start, answer: "" };
  if (touched.length > 1) return draft;

  let a = Math.max(from, span.start);
  let b = Math.min(to, span.end);
  while (a > span.start && WORD_CHAR.test(text[a - 1]) && WORD_CHAR.test(text[a])) a--;
  while (b < span.end && WORD_CHAR.test(text[b - 1]) && WORD_CHAR.test(text[b])) b++;
  const raw = text.slice(a, b);
  const answer = raw.replace(EDGE, "");
  if (!answer || answer.length > MAX_OWN_ANSWER_CHARS || /\n/.test(answer) || answer.length >= sentence.trim().length - 1) return draft;
  return { ...draft, answer, answerStart: a + raw.indexOf(answer) - span.start };
}

function lineAround(text: string, from: number, to: number): { start: number; end: number } {
  const start = text.lastIndexOf("\n", from - 1) + 1;
  const nl = text.indexOf("\n", to);
  const end = nl < 0 ? text.length : nl;
  const line = text.slice(start, end);
  const lead = line.length - line.trimStart().length;
  return { start: start + lead, end: start + line.trimEnd().length };
}
