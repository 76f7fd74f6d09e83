import { hashText } from "./hash-text";

/**
 * Stable key for a fact: a hash of what the card tests (answer type, source sentence, answer, direction), so
 * regenerating a deck from the same article yields the same keys and an import can skip cards it already has.
 *
 * @example
 * makeFactKey("date-day", "North Korea on Monday conducted a test.", "Monday, December 18, 2023", "when")
 * // "date-day:…" (same input, same key)
 */
export function makeFactKey(type: string, sentence: string, answer: string, variant: string): string {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return `${type}:${hashText(`${norm(sentence)}|${norm(answer)}|${variant}`)}`;
}
