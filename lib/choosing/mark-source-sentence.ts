export type TextPiece = { text: string; marked: boolean };

/**
 * Where a card's source sentence is in the article text: its stored offsets when they still point at the
 * sentence, else the sentence's first occurrence, else nowhere (null).
 */
export function locateSentence(text: string, source: { sentence: string; start: number; end: number }): { start: number; end: number } | null {
  if (source.start >= 0 && source.end > source.start && text.slice(source.start, source.end) === source.sentence) {
    return { start: source.start, end: source.end };
  }
  const at = source.sentence ? text.indexOf(source.sentence) : -1;
  return at < 0 ? null : { start: at, end: at + source.sentence.length };
}

/**
 * Splits an article into its paragraphs (lines), each a list of pieces, the ones inside `span` marked:
 * the review screen renders marked pieces as <mark>, so the focused card's sentence stands out in place.
 * @example markSourceSentence("Ab.\nCd.", { start: 4, end: 7 }) // [[{ text: "Ab.", marked: false }], [{ text: "Cd.", marked: true }]]
 */
export function markSourceSentence(text: string, span: { start: number; end: number } | null): TextPiece[][] {
  const paragraphs: TextPiece[][] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const from = m.index;
    const to = from + m[0].length;
    if (!m[0].trim()) continue;
    if (!span || span.end <= from || span.start >= to) {
      paragraphs.push([{ text: m[0], marked: false }]);
      continue;
    }
    const a = Math.max(span.start, from) - from;
    const b = Math.min(span.end, to) - from;
    const pieces: TextPiece[] = [
      { text: m[0].slice(0, a), marked: false },
      { text: m[0].slice(a, b), marked: true },
      { text: m[0].slice(b), marked: false },
    ];
    paragraphs.push(pieces.filter((p) => p.text.length > 0));
  }
  return paragraphs;
}
