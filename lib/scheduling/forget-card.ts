import { fsrs, type Card, type RecordLogItem } from "ts-fsrs";
import { assertValidDate } from "./assert-valid-date";
import { toPlainCard } from "./to-plain-card";

/**
 * Resets a card to New, due at `now` (ts-fsrs `forget`). The log has Rating.Manual; keep it for
 * history, but it cannot be undone with `undoReview`. With `resetCounts`, reps and lapses go back to
 * 0. ts-fsrs keeps `last_review` on the reset card.
 *
 * @example
 * const { card } = forgetCard(reviewCard, now, true);
 * card.state; // State.New
 */
export function forgetCard(card: Card, now: Date, resetCounts = false): RecordLogItem {
  assertValidDate(now, "now");
  const item = fsrs().forget(toPlainCard(card), now, resetCounts);
  return { card: toPlainCard(item.card), log: item.log };
}
