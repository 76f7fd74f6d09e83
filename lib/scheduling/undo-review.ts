import { fsrs, Rating, State, type Card, type ReviewLog } from "ts-fsrs";
import { SchedulingError, SchedulingErrorCode } from "./scheduling-error";
import { toPlainCard } from "./to-plain-card";

/**
 * Restores the card as it was before the review that produced `log`, using ts-fsrs `rollback`.
 *
 * ts-fsrs's rollback cannot restore `due` exactly: its ReviewLog keeps no copy of the old due date, so
 * it sets `due` to the review time (and, for a previously forgotten New card, also loses
 * `last_review`). Pass `previousDue` (returned by `gradeCard`, stored with the log) and the restored
 * card equals the original field for field. Without it, `due` is the review time: the card is due
 * again at once, which is what an undo needs anyway.
 *
 * Throws `SchedulingError` (CANNOT_UNDO) for a Rating.Manual log (a forget), which ts-fsrs cannot roll back.
 *
 * @example
 * const graded = gradeCard(card, Rating.Good, now, settings, "card-1", 3000);
 * undoReview(graded.card, graded.log, graded.previousDue); // deep-equals `card`
 */
export function undoReview(cardAfter: Card, log: ReviewLog, previousDue?: Date | null): Card {
  if (log.rating === Rating.Manual) {
    throw new SchedulingError(SchedulingErrorCode.CANNOT_UNDO, "A manual change (forget/reset) cannot be undone as a review");
  }
  const restored = toPlainCard(fsrs().rollback(toPlainCard(cardAfter), log));
  if (previousDue) {
    restored.due = previousDue;
    if (log.state === State.New) {
      // buildLog stored `last_review ?? due` in log.due: a value different from the old due was the
      // old last_review (a card reset to New keeps its last_review in ts-fsrs).
      restored.last_review = log.due.getTime() === previousDue.getTime() ? undefined : log.due;
    }
  }
  return restored;
}
