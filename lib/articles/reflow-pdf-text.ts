/**
 * Joins the lines a PDF's text layer gives back into paragraphs: a line runs on into the next when it is
 * about as long as the page's full lines and does not end a sentence; a short line (a title, a paragraph's
 * last line) or an empty one ends its paragraph. Pages are separated like paragraphs.
 *
 * @example
 * reflowPdfText(["Title\nA long line of the first paragraph that goes on\nand ends here."])
 * // "Title\n\nA long line of the first paragraph that goes on and ends here."
 */
export function reflowPdfText(pages: string[]): string {
  const paragraphs: string[] = [];
  for (const page of pages) {
    const lines = page.split(/\r?\n/).map((l) => l.replace(/\s+/g, " ").trim());
    const lengths = lines.filter(Boolean).map((l) => l.length).sort((a, b) => a - b);
    const full = lengths.length ? lengths[Math.floor(lengths.length * 0.75)] : 0;
    let current = "";
    for (const line of lines) {
      if (!line) {
        if (current) paragraphs.push(current);
        current = "";
        continue;
      }
      current = current ? (current.endsWith("-") && /^[a-z]/.test(line) ? current.slice(0, -1) + line : `${current} ${line}`) : line;
      const runsOn = line.length >= full * 0.7 && !/[.!?:"”’)]$/.test(line);
      if (!runsOn) {
        paragraphs.push(current);
        current = "";
      }
    }
    if (current) paragraphs.push(current);
  }
  return paragraphs.join("\n\n");
}
