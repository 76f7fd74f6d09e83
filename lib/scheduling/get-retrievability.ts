import type { Card } from "ts-fsrs";
import type { TUserSettings } from "../validations/settings";
import { assertValidDate } from "./assert-valid-date";
import { createRetrievabilityCurve } from "./create-retrievability-curve";
/**
 * The probability (0–1) of recalling the card at `now`, from ts-fsrs's forgetting curve with the
 * user's weights (FSRS-6 decay), or null for a card that has never been reviewed.
 *
 * Elapsed time is fractional days since `last_review`: ts-fsrs's own `get_retrievability` floors to
 * whole days, which would show 100% for the whole first day after a review.
 *
 * @example
 * getRetrievability(reviewCard, reviewCard.due, DEFAULT_SETTINGS); // ≈ 0.9 at desired retention 0.9, no fuzz
 * getRetrievability(createEmptyCard(now), now);                    // null
 */
export function getRetrievability(
  card: Card,
  now: Date,
  settings?: Pick<TUserSettings, "fsrsWeights">,
): number | null {
  assertValidDate(now, "now");
  return createRetrievabilityCurve(settings)(card, now);
}
