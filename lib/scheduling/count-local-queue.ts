import { LEARN_AHEAD_MS, type TQueueKind } from "./build-queue";
import { dueMs, type TLocalQueueCard } from "./pick-next-card";

/**
 * The header's counts while the review page works through the cards it holds: the cards the server
 * still has beyond them (`remainder`), plus the held cards that buildQueue would count now (every review
 * and new card; learning cards only once due within the learn-ahead limit).
 *
 * @example
 * countLocalQueue([{ stateId: "a", kind: "new", due }], { learning: 0, review: 5, new: 10 }, now);
 * // { learning: 0, review: 5, new: 11 }
 */
export function countLocalQueue(
  cards: readonly TLocalQueueCard[],
  remainder: Readonly<Record<TQueueKind, number>>,
  now: Date,
  learnAheadMs: number = LEARN_AHEAD_MS,
): Record<TQueueKind, number> {
  const counts = { ...remainder };
  const limit = now.getTime() + learnAheadMs;
  for (const card of cards) {
    if (card.kind !== "learning") counts[card.kind] += 1;
    else if (dueMs(card.due) <= limit) counts.learning += 1;
  }
  return counts;
}
