const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Where a cloze answer is in its sentence as whole words (a letter or digit on neither side, so "art" is
 * not found in "start"): the occurrence at `hint` when there is one, else the first; null when none.
 *
 * @example
 * findAnswer("The art of starting.", "art") // { start: 4, end: 7 }
 */
export function findAnswer(sentence: string, answer: string, hint?: number): { start: number; end: number } | null {
  if (!answer) return null;
  let first: { start: number; end: number } | null = null;
  for (let at = sentence.indexOf(answer); at >= 0; at = sentence.indexOf(answer, at + 1)) {
    const end = at + answer.length;
    const whole = !(WORD_CHAR.test(answer[0]) && WORD_CHAR.test(sentence[at - 1] ?? "")) && !(WORD_CHAR.test(answer.at(-1)!) && WORD_CHAR.test(sentence[end] ?? ""));
    if (!whole) continue;
    if (hint === undefined || at === hint) return { start: at, end };
    first ??= { start: at, end };
  }
  return first;
}
