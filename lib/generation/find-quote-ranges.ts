import type { Span } from "./render-prompt";
import type { SentenceInfo } from "./types";

/**
 * Character ranges of a sentence that lie inside quotation marks (absolute offsets); a sentence wholly inside a
 * quotation gives one range covering it.
 *
 * @example
 * findQuoteRanges(info) // [{ start: 120, end: 181 }]
 */
export function findQuoteRanges(info: SentenceInfo): Span[] {
  const out: Span[] = [];
  const text = info.sentence.text;
  let open = info.sentence.speakerless ? 0 : -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "“" || (ch === '"' && open < 0)) open = i;
    else if ((ch === "”" || ch === '"') && open >= 0) {
      out.push({ start: info.sentence.start + open, end: info.sentence.start + i + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: info.sentence.start + open, end: info.sentence.end });
  return out;
}

/**
 * True when a span lies inside a quotation longer than a scare-quoted name.
 *
 * @example
 * isInQuote({ start: 5, end: 9 }, [{ start: 0, end: 60 }]) // true
 */
export function isInQuote(span: Span, quotes: Span[]): boolean {
  return quotes.some((q) => span.start >= q.start && span.end <= q.end && q.end - q.start > 40);
}
