import { dateDiffInDays, State, type Card } from "ts-fsrs";
import { assertValidDate } from "./assert-valid-date";
import { SchedulingError, SchedulingErrorCode } from "./scheduling-error";

/**
 * Throws a typed error where ts-fsrs would throw its untyped "Invalid delta_t": `now` on an earlier
 * UTC calendar day than the card's last review (clock skew, or a stale request). A few seconds of
 * skew within the same UTC day is accepted, as ts-fsrs accepts it.
 *
 * @example
 * assertReviewableAt(card, new Date("2024-03-10T06:30:00Z"));
 */
export function assertReviewableAt(card: Card, now: Date): void {
  assertValidDate(now, "now");
  if (card.state !== State.New && card.last_review && dateDiffInDays(card.last_review, now) < 0) {
    throw new SchedulingError(
      SchedulingErrorCode.INVALID_DATE,
      `now (${now.toISOString()}) is before the card's last review (${card.last_review.toISOString()})`,
    );
  }
}
