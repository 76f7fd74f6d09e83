import { Rating, State } from "ts-fsrs";
import { classifyReview } from "./classify-review";
import type { TRetentionBucket } from "./compute-true-retention";
import { toDayKey } from "./to-day-key";

/** The review-log fields true retention needs (a ts-fsrs ReviewLog mapped to camelCase, or a row). */
export type TRetentionReview = { review: Date; rating: number; state: number; scheduledDays: number };

/**
 * Groups individual review logs into the buckets `computeTrueRetention` takes, for when the grouping
 * cannot happen in SQL. Keeps only answers (ratings 1–4, not Manual resets) given in the Review state;
 * pass = Hard, Good or Easy.
 *
 * @example
 * bucketRetentionReviews(
 *   [{ review: new Date("2024-03-10T12:00:00Z"), rating: Rating.Good, state: State.Review, scheduledDays: 30 }],
 *   "UTC", 4,
 * ); // [{ dayKey: "2024-03-10", mature: true, passed: 1, failed: 0 }]
 */
export function bucketRetentionReviews(
  reviews: Iterable<TRetentionReview>,
  timeZone: string,
  dayStartHour: number,
): TRetentionBucket[] {
  const buckets = new Map<string, TRetentionBucket>();
  for (const log of reviews) {
    if (log.state !== State.Review || log.rating < Rating.Again || log.rating > Rating.Easy) continue;
    const dayKey = toDayKey(log.review, timeZone, dayStartHour);
    const mature = classifyReview(log) === "mature";
    const id = `${dayKey}|${mature}`;
    let bucket = buckets.get(id);
    if (!bucket) {
      bucket = { dayKey, mature, passed: 0, failed: 0 };
      buckets.set(id, bucket);
    }
    if (log.rating === Rating.Again) bucket.failed += 1;
    else bucket.passed += 1;
  }
  return [...buckets.values()].sort((a, b) =>
    a.dayKey === b.dayKey ? Number(a.mature) - Number(b.mature) : a.dayKey < b.dayKey ? -1 : 1,
  );
}
