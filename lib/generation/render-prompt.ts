import { tidyPrompt } from "./tidy-prompt";
import type { Replacement, SentenceInfo } from "./types";

/** The one gap a cloze prompt shows. */
export const GAP = "_____";

export interface Span {
  start: number;
  end: number;
}

/**
 * Writes a sentence as a prompt: resolved pronouns put in, an optional span blanked as `_____`, optional spans
 * (appositive titles, removed dates) cut. All spans are absolute offsets into the article text.
 *
 * @example
 * renderPrompt(info, { gap: { start: 12, end: 21 } }) // "North Korea on _____ conducted its fifth …"
 */
export function renderPrompt(info: SentenceInfo, options: { gap?: Span; drop?: Span[]; from?: number; to?: number } = {}): string {
  const s = info.sentence;
  const from = options.from ?? s.start;
  const to = options.to ?? s.end;
  const edits: Replacement[] = [];
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  if (options.gap) {
    // A relative date written out ("next year" → "in 2026") keeps its preposition outside the gap: "expected in _____".
    const gap = options.gap;
    const written = info.replacements.find((r) => r.reason === "date" && overlaps(r, gap));
    const preposition = written ? (/^(?:in|on)\s/i.exec(written.text)?.[0] ?? "") : "";
    edits.push(written ? { start: Math.min(written.start, gap.start), end: Math.max(written.end, gap.end), text: preposition + GAP } : { ...gap, text: GAP });
  }
  for (const d of options.drop ?? []) if (!edits.some((e) => overlaps(e, d))) edits.push({ ...d, text: "" });
  for (const r of info.replacements) {
    if (edits.some((e) => overlaps(e, r)) || r.start < from || r.end > to) continue;
    // "When Deaton first went to the Games, he competed…" reads as it stands while the name stays in the prompt.
    if (r.namedAt && r.namedAt.start >= from && !edits.some((e) => overlaps(e, r.namedAt!))) continue;
    edits.push(r);
  }
  edits.sort((a, b) => b.start - a.start);
  let text = s.text.slice(from - s.start, to - s.start);
  if (options.gap && options.gap.end === to && /\.$/.test(s.text.slice(options.gap.start - s.start, options.gap.end - s.start))) text += ".";
  for (const e of edits) {
    if (e.start < from || e.end > to) continue;
    text = text.slice(0, e.start - from) + e.text + text.slice(e.end - from);
  }
  return tidyPrompt(text);
}
