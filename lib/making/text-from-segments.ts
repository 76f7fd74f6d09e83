/**
 * The article text as the page has it, put back together from the memory map's segments (each knows its
 * offset): what lay between paragraphs (line breaks, blank lines) becomes line breaks, which the sentence
 * splitter reads the same way. Lets the page draft a card from a selection without receiving the text twice.
 *
 * @example
 * textFromSegments([[{ text: "Ab. ", start: 0 }, { text: "Cd.", start: 4 }], [{ text: "Ef.", start: 9 }]]) // "Ab. Cd.\n\nEf."
 */
export function textFromSegments(paragraphs: readonly (readonly { text: string; start: number }[])[]): string {
  let out = "";
  for (const segments of paragraphs) {
    for (const s of segments) {
      if (s.start > out.length) out += "\n".repeat(s.start - out.length);
      out = out.slice(0, s.start) + s.text;
    }
  }
  return out;
}
