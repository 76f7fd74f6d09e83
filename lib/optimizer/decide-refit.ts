import { MIN_FIT_ITEMS } from "./min-fit-items";

const DAY_MS = 86_400_000;
/** A new fit once the review count has grown by this share since the last one… */
export const REFIT_GROWTH = 0.5;
/** …or after this many days, when there are new reviews. */
export const REFIT_DAYS = 30;

/** The last attempt, as stored: when it ended, the graded review count then, and what came of it. */
export type TLastFit = {
  attemptedAt: Date;
  reviewCount: number;
  outcome: "fitted" | "too-few" | "failed";
  /** For "too-few": how many more optimizer items that attempt needed. */
  itemsNeeded: number;
};

export type TRefitDecision =
  | { fit: true; reason: "first" | "grown" | "monthly" | "enough-now" }
  | { fit: false; reason: "too-few"; reviewsNeeded: number }
  | { fit: false; reason: "up-to-date"; nextAtReviews: number };

/**
 * Whether to fit a reader's weights again, by themselves: never below the optimizer's minimum (each review
 * adds at most one optimizer item, so a reader with fewer graded reviews than the minimum, or fewer new
 * ones than the last attempt lacked, certainly has too few: say how many more); otherwise a first fit, or
 * once the review count has grown by half since the last attempt, or 30 days after it with new reviews.
 *
 * @example
 * decideRefit({ reviewCount: 300, lastFit: { attemptedAt, reviewCount: 200, outcome: "fitted", itemsNeeded: 0 }, now });
 * // { fit: true, reason: "grown" }
 */
export function decideRefit({ reviewCount, lastFit, now }: { reviewCount: number; lastFit: TLastFit | null; now: Date }): TRefitDecision {
  if (reviewCount < MIN_FIT_ITEMS) return { fit: false, reason: "too-few", reviewsNeeded: MIN_FIT_ITEMS - reviewCount };
  if (!lastFit) return { fit: true, reason: "first" };
  if (lastFit.outcome === "too-few") {
    const enoughAt = lastFit.reviewCount + Math.max(1, lastFit.itemsNeeded);
    return reviewCount >= enoughAt ? { fit: true, reason: "enough-now" } : { fit: false, reason: "too-few", reviewsNeeded: enoughAt - reviewCount };
  }
  const grownAt = Math.ceil(lastFit.reviewCount * (1 + REFIT_GROWTH));
  if (reviewCount >= grownAt) return { fit: true, reason: "grown" };
  if (reviewCount > lastFit.reviewCount && now.getTime() - lastFit.attemptedAt.getTime() >= REFIT_DAYS * DAY_MS) return { fit: true, reason: "monthly" };
  return { fit: false, reason: "up-to-date", nextAtReviews: grownAt };
}
