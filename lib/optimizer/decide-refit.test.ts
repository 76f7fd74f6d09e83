import { describe, expect, test } from "vitest";
import { decideRefit, type TLastFit } from "./decide-refit";
import { MIN_FIT_ITEMS } from "./min-fit-items";

const NOW = new Date("2026-03-01T12:00:00Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
const fit = (reviewCount: number, days: number, outcome: TLastFit["outcome"] = "fitted", itemsNeeded = 0): TLastFit => ({
  attemptedAt: daysAgo(days),
  reviewCount,
  outcome,
  itemsNeeded,
});

describe("decideRefit", () => {
  test.each([
    { name: "below the minimum: no fit, and how many more", reviewCount: 30, lastFit: null, want: { fit: false, reason: "too-few", reviewsNeeded: MIN_FIT_ITEMS - 30 } },
    { name: "first fit once there are enough reviews", reviewCount: MIN_FIT_ITEMS, lastFit: null, want: { fit: true, reason: "first" } },
    { name: "grown by half", reviewCount: 300, lastFit: fit(200, 1), want: { fit: true, reason: "grown" } },
    { name: "grown by less than half, recently", reviewCount: 299, lastFit: fit(200, 29), want: { fit: false, reason: "up-to-date", nextAtReviews: 300 } },
    { name: "30 days and new reviews", reviewCount: 201, lastFit: fit(200, 30), want: { fit: true, reason: "monthly" } },
    { name: "30 days without new reviews", reviewCount: 200, lastFit: fit(200, 90), want: { fit: false, reason: "up-to-date", nextAtReviews: 300 } },
    { name: "a failed fit waits like a finished one", reviewCount: 250, lastFit: fit(200, 2, "failed"), want: { fit: false, reason: "up-to-date", nextAtReviews: 300 } },
    { name: "too few last time: not before as many new reviews as were missing", reviewCount: 130, lastFit: fit(100, 1, "too-few", 40), want: { fit: false, reason: "too-few", reviewsNeeded: 10 } },
    { name: "too few last time, and now enough new reviews", reviewCount: 140, lastFit: fit(100, 1, "too-few", 40), want: { fit: true, reason: "enough-now" } },
  ])("$name", ({ reviewCount, lastFit, want }) => {
    expect(decideRefit({ reviewCount, lastFit, now: NOW })).toEqual(want);
  });
});
