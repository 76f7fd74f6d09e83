import type { Span } from "./render-prompt";
import type { Sentence } from "./types";

/** One short item of a list: up to 40 characters without a comma or semicolon. */
const ITEM = String.raw`[^,;]{1,40}?`;
/** The span is followed by more items: ", B, C" or ", B and C". */
const MORE_AFTER = new RegExp(String.raw`^\s*,\s*${ITEM}(?:,|\s+(?:and|or)\s+)`);
/** The span follows items: "A, B, and _" or "A, B and _" or "…, B and _". */
const MORE_BEFORE = new RegExp(String.raw`,\s*${ITEM}(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$`);

/**
 * True when a span is one item of a list of three or more ("wheelchair rugby, wheelchair basketball, archery and
 * cycling"): blanked, any other item fits the gap as well, and the card is ambiguous. A pair ("Taiwan and
 * Australia") is no list.
 *
 * @example
 * isListItem(sentence, spanOf("archery")) // true for "He will compete in rugby, archery and cycling."
 */
export function isListItem(sentence: Pick<Sentence, "text" | "start">, span: Span): boolean {
  const before = sentence.text.slice(0, span.start - sentence.start);
  const after = sentence.text.slice(span.end - sentence.start);
  if (MORE_AFTER.test(after) || MORE_BEFORE.test(before)) return true;
  // A middle item: "Harvard, _____ and the University of Glasgow".
  return /,\s*$/.test(before) && /^\s+(?:and|or)\s/.test(after);
}
