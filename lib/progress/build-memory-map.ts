import type { Card, State } from "ts-fsrs";
import { locateSentence } from "../choosing/mark-source-sentence";
import { createRetrievabilityCurve } from "../scheduling/create-retrievability-curve";
import type { TUserSettings } from "../validations/settings";

/** One of the reader's cards of the article, with their FSRS state of it. */
export type TMemoryMapCardInput = {
  id: string;
  prompt: string;
  answer: string;
  sourceSentence: string;
  /** Offsets of the source sentence in the article text (as generated; may be stale after an edit of the text). */
  sourceStart: number;
  sourceEnd: number;
  fsrs: Pick<Card, "state" | "stability" | "last_review" | "due">;
  suspended: boolean;
};

export type TMemoryMapCard = {
  id: string;
  prompt: string;
  answer: string;
  state: State;
  due: Date;
  suspended: boolean;
  /** Probability of recall now (0–1); null for a card never reviewed. */
  recall: number | null;
};

/**
 * What a marked sentence shows: "studied" (its recall is the lowest recall of its studied, unsuspended
 * cards), "new" (its unsuspended cards are all unreviewed), or "suspended" (every card is suspended).
 */
export type TMemoryStatus = "studied" | "new" | "suspended";

export type TMemoryMark = {
  kind: "mark";
  /** Unique within the map: the offset where the marked text starts. */
  key: string;
  start: number;
  text: string;
  status: TMemoryStatus;
  /** Lowest recall of the studied, unsuspended cards; null unless status is "studied". */
  recall: number | null;
  /** Unsuspended cards of this sentence not reviewed yet. */
  newCards: number;
  cards: TMemoryMapCard[];
};

/** Every segment carries `start`, its offset in the article text (the page maps a selection back to the text with it). */
export type TMemorySegment = { kind: "text"; text: string; start: number } | TMemoryMark;

export type TMemoryMap = {
  /** The text's paragraphs (non-blank lines), each cut into plain and marked segments, in order. */
  paragraphs: TMemorySegment[][];
  /** Cards whose source sentence is nowhere in the text. */
  unplaced: TMemoryMapCard[];
};

type Range = { start: number; end: number; cards: TMemoryMapCard[] };

/**
 * The article text as a memory map: every sentence with cards in the reader's deck becomes a mark carrying
 * the reader's recall of those cards at `now` (FSRS retrievability with the reader's weights).
 *
 * A sentence shows the lowest recall of its cards, not the mean: the map is for finding what to read again,
 * and one forgotten fact in a sentence is not made good by another fact of it being remembered well.
 * Unreviewed cards have no recall yet (they do not drag a studied sentence to 0), and suspended cards,
 * which the reader chose not to study, count only where a sentence has no other card.
 *
 * A card is placed by its offsets when the text there is its source sentence, else at the first place the
 * sentence occurs in the text; a sentence found nowhere leaves the card in `unplaced`. Overlapping places
 * merge into one mark.
 *
 * @example
 * buildMemoryMap("A cat sat. A dog ran.", [{ …card of "A dog ran.", reviewed a day ago }], now).paragraphs
 * // [[{ kind: "text", text: "A cat sat. " }, { kind: "mark", text: "A dog ran.", status: "studied", recall: ≈0.95, … }]]
 */
export function buildMemoryMap(
  text: string,
  cards: readonly TMemoryMapCardInput[],
  now: Date,
  settings?: Pick<TUserSettings, "fsrsWeights">,
): TMemoryMap {
  const curve = createRetrievabilityCurve(settings);
  const placed: Range[] = [];
  const unplaced: TMemoryMapCard[] = [];
  for (const input of cards) {
    const card: TMemoryMapCard = {
      id: input.id,
      prompt: input.prompt,
      answer: input.answer,
      state: input.fsrs.state,
      due: input.fsrs.due,
      suspended: input.suspended,
      recall: curve(input.fsrs, now),
    };
    const at = locateSentence(text, { sentence: input.sourceSentence, start: input.sourceStart, end: input.sourceEnd });
    if (at) placed.push({ ...at, cards: [card] });
    else unplaced.push(card);
  }
  const merged = mergeRanges(placed);
  const paragraphs: TMemorySegment[][] = [];
  const paragraphRe = /[^\n\r]+/g;
  for (let m = paragraphRe.exec(text); m; m = paragraphRe.exec(text)) {
    if (m[0].trim().length === 0) continue;
    paragraphs.push(cutParagraph(text, m.index, m.index + m[0].length, merged));
  }
  return { paragraphs, unplaced };
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start < last.end) {
      last.end = Math.max(last.end, r.end);
      last.cards.push(...r.cards);
    } else {
      out.push({ start: r.start, end: r.end, cards: [...r.cards] });
    }
  }
  return out;
}

function cutParagraph(text: string, from: number, to: number, ranges: Range[]): TMemorySegment[] {
  const segments: TMemorySegment[] = [];
  let at = from;
  for (const r of ranges) {
    const start = Math.max(r.start, from);
    const end = Math.min(r.end, to);
    if (start >= end) continue;
    if (start > at) segments.push({ kind: "text", text: text.slice(at, start), start: at });
    segments.push(toMark(start, text.slice(start, end), r.cards));
    at = end;
  }
  if (at < to) segments.push({ kind: "text", text: text.slice(at, to), start: at });
  return segments;
}

function toMark(start: number, text: string, cards: TMemoryMapCard[]): TMemoryMark {
  const key = String(start);
  const active = cards.filter((c) => !c.suspended);
  const recalls = active.flatMap((c) => (c.recall === null || !Number.isFinite(c.recall) ? [] : [c.recall]));
  const newCards = active.filter((c) => c.recall === null).length;
  if (recalls.length > 0) return { kind: "mark", key, start, text, status: "studied", recall: Math.min(...recalls), newCards, cards };
  return { kind: "mark", key, start, text, status: active.length > 0 ? "new" : "suspended", recall: null, newCards, cards };
}
