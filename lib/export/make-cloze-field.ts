import { textField, type AnkiField } from "./anki-field";

/** A blank in one of our prompts: the generator writes five underscores; a reader's edit may write three or more. */
const BLANK = /_{3,}/g;

/** Characters Anki's cloze syntax would read inside the Text field ("{{c2::", "}}", a "::" hint), as entities. */
const CLOZE_SYNTAX: Record<string, string> = { "{": "&#123;", "}": "&#125;", ":": "&#58;" };

/**
 * An Anki cloze field from one of our cloze prompts: the answer put back in place of the blank as
 * `{{c1::answer}}`. Braces in the text, and braces and colons in the answer, are written as HTML entities
 * so that they stay text instead of ending the cloze early or starting another one. Null when the prompt
 * has no blank or more than one (such a card is exported as a question and answer instead).
 *
 * @example
 * makeClozeField("Russia fired _____ missiles.", "12")?.html // "Russia fired {{c1::12}} missiles."
 */
export function makeClozeField(prompt: string, answer: string): AnkiField | null {
  const blanks = [...prompt.matchAll(BLANK)];
  if (blanks.length !== 1) return null;
  const start = blanks[0]!.index;
  const before = prompt.slice(0, start);
  const after = prompt.slice(start + blanks[0]![0].length);
  const escape = (text: string, syntax: RegExp) => textField(text).html.replace(syntax, (c) => CLOZE_SYNTAX[c]!);
  return {
    html: `${escape(before, /[{}]/g)}{{c1::${escape(answer, /[{}:]/g)}}}${escape(after, /[{}]/g)}`,
    text: `${before}{{c1::${answer}}}${after}`,
  };
}
