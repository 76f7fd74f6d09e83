import { LEARN_AHEAD_MS, type TQueueKind } from "./build-queue";

/**
 * A card the review page holds: its place in the queue (kind), when it is due (ISO string or Date) and its
 * sibling key (see TQueueCard; absent or null: no siblings).
 */
export type TLocalQueueCard = { stateId: string; kind: TQueueKind; due: string | Date; siblingKey?: string | null };

/** A held card's due time in milliseconds (the page has it as ISO text, the server as a Date). */
export const dueMs = (due: string | Date) => (typeof due === "string" ? Date.parse(due) : due.getTime());

/**
 * The card to show next from the cards the review page holds (every learning card due today, and the
 * first reviews and new cards), in buildQueue's order: learning cards due now (earliest first), then
 * reviews, then new cards (both in the order the server sent them), then learning cards due within the
 * learn-ahead limit. `remainder` is how many reviews and new cards the server still has beyond those
 * held: while any are left, they come before learning ahead, so the page must ask for them. Null when
 * nothing can be shown now: the page then asks the server for more (or for when to come back).
 *
 * @example
 * pickNextCard([{ stateId: "r", kind: "review", due }, { stateId: "l", kind: "learning", due: oneMinuteAgo }], { review: 0, new: 0 }, now);
 * // the learning card: it is due
 */
export function pickNextCard<T extends TLocalQueueCard>(
  cards: readonly T[],
  remainder: Readonly<Pick<Record<TQueueKind, number>, "review" | "new">>,
  now: Date,
  learnAheadMs: number = LEARN_AHEAD_MS,
): T | null {
  const nowMs = now.getTime();
  let learningNow: T | null = null;
  let learningAhead: T | null = null;
  let review: T | null = null;
  let fresh: T | null = null;
  for (const card of cards) {
    if (card.kind === "learning") {
      const due = dueMs(card.due);
      if (due <= nowMs) {
        if (!learningNow || due < dueMs(learningNow.due)) learningNow = card;
      } else if (due <= nowMs + learnAheadMs && (!learningAhead || due < dueMs(learningAhead.due))) {
        learningAhead = card;
      }
    } else if (card.kind === "review") review ??= card;
    else fresh ??= card;
  }
  return learningNow ?? review ?? fresh ?? (remainder.review + remainder.new > 0 ? null : learningAhead);
}
