import { describe, expect, test } from "vitest";
import { buildHeatmap } from "./build-heatmap";
import { countByDayKey } from "./count-by-day-key";
import { countDaysBetween } from "./count-days-between";
import { getHeatmapRange } from "./get-heatmap-range";
import { ProgressError } from "./progress-error";

const cells = (heatmap: ReturnType<typeof buildHeatmap>) => heatmap.weeks.flat();

describe("getHeatmapRange", () => {
  test.each([
    // today (weekday), first day, grid start (Monday), grid end (Sunday)
    ["2024-03-10", "2023-03-12", "2023-03-06", "2024-03-10"], // Sunday
    ["2024-03-11", "2023-03-13", "2023-03-13", "2024-03-17"], // Monday
    ["2024-03-13", "2023-03-15", "2023-03-13", "2024-03-17"], // Wednesday
    ["2024-12-31", "2024-01-02", "2024-01-01", "2025-01-05"], // leap year: 365 days do not reach Jan 1
  ])("today %s", (today, first, gridStart, gridEnd) => {
    expect(getHeatmapRange(today)).toEqual({ firstDayKey: first, lastDayKey: today, gridStartKey: gridStart, gridEndKey: gridEnd });
    expect(countDaysBetween(gridStart, gridEnd) + 1).toBe(53 * 7);
  });
});

describe("buildHeatmap", () => {
  test.each(["2024-03-10", "2024-03-11", "2024-03-13", "2024-11-03"])(
    "today %s: 53 Monday-based weeks, 365 cells in range, today in the last column",
    (today) => {
      const heatmap = buildHeatmap([], today);
      expect(heatmap.weeks).toHaveLength(53);
      for (const week of heatmap.weeks) expect(week.map((c) => c.weekday)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      const inRange = cells(heatmap).filter((c) => c.inRange);
      expect(inRange).toHaveLength(365);
      expect(inRange.at(-1)!.dayKey).toBe(today);
      expect(inRange[0].dayKey).toBe(heatmap.firstDayKey);
      expect(heatmap.weeks[52].some((c) => c.dayKey === today)).toBe(true);
      const keys = cells(heatmap).map((c) => c.dayKey);
      expect(new Set(keys).size).toBe(371);
    },
  );

  test("empty: all level 0, zero totals, no average, isEmpty", () => {
    const heatmap = buildHeatmap([], "2024-03-10");
    expect(cells(heatmap).every((c) => c.count === 0 && c.level === 0)).toBe(true);
    expect(heatmap.totals).toEqual({ days: 365, daysStudied: 0, studiedShare: 0, reviews: 0, averagePerStudiedDay: null });
    expect(heatmap.legend).toEqual([]);
    expect(heatmap.isEmpty).toBe(true);
  });

  test.each([
    // counts on consecutive days, expected levels
    [[1, 2, 3, 4], [1, 2, 3, 4]],
    [[5, 5, 5], [4, 4, 4]],
    [[7], [4]],
    [[1, 100], [2, 4]],
    [[1, 1, 1, 100], [3, 3, 3, 4]],
    [[1, 2, 3, 4, 5, 6, 7, 8], [1, 1, 2, 2, 3, 3, 4, 4]],
    [[10, 1, 10, 3], [4, 1, 4, 2]],
  ])("counts %j → levels %j", (counts, levels) => {
    const keys = ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04", "2024-03-05", "2024-03-06", "2024-03-07", "2024-03-08"];
    const heatmap = buildHeatmap(counts.map((count, i) => ({ dayKey: keys[i], count })), "2024-03-10");
    const byKey = new Map(cells(heatmap).map((c) => [c.dayKey, c.level]));
    expect(counts.map((_, i) => byKey.get(keys[i]))).toEqual(levels);
  });

  test("totals, legend, duplicates and rows outside the year", () => {
    const heatmap = buildHeatmap(
      [
        { dayKey: "2024-03-10", count: 10 },
        { dayKey: "2024-03-10", count: 2 }, // same day again: adds up
        { dayKey: "2024-03-09", count: 3 },
        { dayKey: "2023-03-12", count: 1 }, // first day in range
        { dayKey: "2023-03-11", count: 50 }, // a day too old
        { dayKey: "2024-03-11", count: 50 }, // tomorrow
      ],
      "2024-03-10",
    );
    expect(heatmap.totals).toEqual({ days: 365, daysStudied: 3, studiedShare: 3 / 365, reviews: 16, averagePerStudiedDay: 16 / 3 });
    expect(heatmap.legend).toEqual([
      { level: 2, min: 1, max: 1 },
      { level: 3, min: 3, max: 3 },
      { level: 4, min: 12, max: 12 },
    ]);
    const padding = cells(heatmap).filter((c) => !c.inRange);
    expect(padding.every((c) => c.count === 0 && c.level === 0)).toBe(true);
    expect(heatmap.weeks[0][6]).toEqual({ dayKey: "2023-03-12", count: 1, level: 2, weekday: 6, inRange: true });
    expect(heatmap.weeks[52][6]).toEqual({ dayKey: "2024-03-10", count: 12, level: 4, weekday: 6, inRange: true });
    expect(heatmap.isEmpty).toBe(false);
  });

  test("month labels sit on the column holding each month's first day", () => {
    const heatmap = buildHeatmap([], "2024-03-10");
    expect(heatmap.months.map((m) => m.monthKey)).toEqual([
      "2023-04", "2023-05", "2023-06", "2023-07", "2023-08", "2023-09",
      "2023-10", "2023-11", "2023-12", "2024-01", "2024-02", "2024-03",
    ]);
    for (const { weekIndex, monthKey } of heatmap.months) {
      expect(heatmap.weeks[weekIndex].some((c) => c.dayKey === `${monthKey}-01`)).toBe(true);
    }
  });

  test("reviews grouped in New York across both DST changes land on their study days", () => {
    const reviews = [
      "2024-03-10T07:30:00Z", // 03:30 EDT → study day 2024-03-09 with a 4 AM start
      "2024-03-10T08:00:00Z", // 04:00 EDT → 2024-03-10
      "2024-11-03T05:30:00Z", // first 01:30 → 2024-11-02
      "2024-11-03T06:30:00Z", // second 01:30 → 2024-11-02
      "2024-11-03T09:00:00Z", // 04:00 EST → 2024-11-03
    ].map((t) => new Date(t));
    const heatmap = buildHeatmap(countByDayKey(reviews, "America/New_York", 4), "2024-11-04");
    const counts = Object.fromEntries(cells(heatmap).filter((c) => c.count > 0).map((c) => [c.dayKey, c.count]));
    expect(counts).toEqual({ "2024-03-09": 1, "2024-03-10": 1, "2024-11-02": 2, "2024-11-03": 1 });
  });

  test.each([
    [[{ dayKey: "2024-03-10", count: -1 }], "2024-03-10"],
    [[{ dayKey: "2024-03-10", count: 1.5 }], "2024-03-10"],
    [[{ dayKey: "2024-03-10", count: Number.NaN }], "2024-03-10"],
    [[{ dayKey: "10/03/2024", count: 1 }], "2024-03-10"],
    [[], "today"],
  ])("refuses %j with today %s", (rows, today) => {
    expect(() => buildHeatmap(rows, today)).toThrow(ProgressError);
  });
});
