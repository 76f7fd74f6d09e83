import { describe, expect, test } from "vitest";
import { ProgressError } from "./progress-error";
import { summarizeReviewTime } from "./summarize-review-time";

describe("summarizeReviewTime", () => {
  test("empty: 30 zero days ending today, null averages, isEmpty", () => {
    const time = summarizeReviewTime([], "2024-03-10");
    expect(time.days).toHaveLength(30);
    expect(time.days[0].dayKey).toBe("2024-02-10");
    expect(time.days[29]).toEqual({ dayKey: "2024-03-10", ms: 0, minutes: 0, count: 0 });
    expect(time).toMatchObject({
      today: { ms: 0, minutes: 0, count: 0 },
      totalMs: 0,
      totalReviews: 0,
      daysStudied: 0,
      averageMsPerStudiedDay: null,
      averageMsPerDay: 0,
      averageMsPerReview: null,
      isEmpty: true,
    });
  });

  test.each([
    // name, rows, days, today ms, total ms, reviews, days studied
    ["today only", [{ dayKey: "2024-03-10", ms: 180_000, count: 20 }], 7, 180_000, 180_000, 20, 1],
    ["nothing today", [{ dayKey: "2024-03-09", ms: 60_000, count: 5 }], 7, 0, 60_000, 5, 1],
    [
      "rows outside the window are ignored",
      [
        { dayKey: "2024-03-04", ms: 60_000, count: 5 }, // first day of a 7-day window
        { dayKey: "2024-03-03", ms: 999_000, count: 99 }, // too old
        { dayKey: "2024-03-11", ms: 999_000, count: 99 }, // tomorrow
      ],
      7, 0, 60_000, 5, 1,
    ],
    [
      "duplicate keys add up",
      [
        { dayKey: "2024-03-10", ms: 30_000, count: 2 },
        { dayKey: "2024-03-10", ms: 90_000, count: 4 },
        { dayKey: "2024-03-08", ms: 120_000, count: 6 },
      ],
      3, 120_000, 240_000, 12, 2,
    ],
  ])("%s", (_name, rows, days, todayMs, totalMs, reviews, studied) => {
    const time = summarizeReviewTime(rows, "2024-03-10", days);
    expect(time.days).toHaveLength(days);
    expect(time.today.ms).toBe(todayMs);
    expect(time.totalMs).toBe(totalMs);
    expect(time.totalReviews).toBe(reviews);
    expect(time.daysStudied).toBe(studied);
    expect(time.averageMsPerStudiedDay).toBe(totalMs / studied);
    expect(time.averageMsPerDay).toBe(totalMs / days);
    expect(time.averageMsPerReview).toBe(totalMs / reviews);
    expect(time.isEmpty).toBe(false);
  });

  test.each([
    [0, 0],
    [20_000, 0.3],
    [180_000, 3],
    [5_430_000, 90.5],
  ])("%i ms → %f minutes", (ms, minutes) => {
    expect(summarizeReviewTime([{ dayKey: "2024-03-10", ms, count: 1 }], "2024-03-10", 1).today.minutes).toBe(minutes);
  });

  test.each([
    [[{ dayKey: "2024-03-10", ms: -1, count: 1 }], 30],
    [[{ dayKey: "2024-03-10", ms: Number.NaN, count: 1 }], 30],
    [[{ dayKey: "2024-03-10", ms: 1, count: 1.5 }], 30],
    [[], 0],
  ])("refuses %j over %i days", (rows, days) => {
    expect(() => summarizeReviewTime(rows, "2024-03-10", days)).toThrow(ProgressError);
  });
});
