/**
 * Where a selection lies in the article text, read from the segments the memory map renders (each
 * `[data-start]` element holds the text from that offset; `[data-skip]` text, such as a mark's spoken recall,
 * is not article text). Null when the selection touches no article text.
 */
export function selectionOffsets(container: HTMLElement, range: Range): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  for (const segment of container.querySelectorAll<HTMLElement>("[data-start]")) {
    if (!range.intersectsNode(segment)) continue;
    let at = Number(segment.dataset.start);
    const walker = document.createTreeWalker(segment, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement?.closest("[data-skip]")) continue;
      const length = node.data.length;
      if (range.intersectsNode(node)) {
        const from = node === range.startContainer ? range.startOffset : 0;
        const to = node === range.endContainer ? range.endOffset : length;
        if (to > from) {
          start = Math.min(start, at + from);
          end = Math.max(end, at + to);
        }
      }
      at += length;
    }
  }
  return end > start ? { start, end } : null;
}
