import { State } from "ts-fsrs";

/** Anki's line between young and mature: an interval of 21 days or more. */
export const MATURE_INTERVAL_DAYS = 21;

export type TReviewKind = "learning" | "young" | "mature";

/**
 * Sorts one review log the way Anki's statistics do: answers given in the New, Learning or
 * Relearning state are "learning"; answers in the Review state are "mature" when the interval the
 * card had been given before this review (`scheduledDays`, Anki's lastIvl; ts-fsrs logs the card's
 * interval before the answer) was ≥ 21 days, else "young".
 *
 * SQL equivalent: `CASE WHEN "state" <> 2 THEN 'learning' WHEN "scheduledDays" >= 21 THEN 'mature'
 * ELSE 'young' END`.
 *
 * @example
 * classifyReview({ state: State.Review, scheduledDays: 30 });  // "mature"
 * classifyReview({ state: State.Relearning, scheduledDays: 0 }); // "learning"
 */
export function classifyReview(review: { state: number; scheduledDays: number }): TReviewKind {
  if (review.state !== State.Review) return "learning";
  return review.scheduledDays >= MATURE_INTERVAL_DAYS ? "mature" : "young";
}
