import { describe, expect, test } from "vitest";
import { computeStreaks } from "./compute-streaks";
import { countByDayKey } from "./count-by-day-key";
import { ProgressError } from "./progress-error";
import { toDayKey } from "./to-day-key";

const TODAY = "2024-03-10";

describe("computeStreaks", () => {
  test.each([
    // name, studied keys, current, best, studied today, at risk, last studied
    ["nothing studied", [], 0, 0, false, false, null],
    ["only today", ["2024-03-10"], 1, 1, true, false, "2024-03-10"],
    ["only yesterday: alive until tonight", ["2024-03-09"], 1, 1, false, true, "2024-03-09"],
    ["two days ago: broken", ["2024-03-08"], 0, 1, false, false, "2024-03-08"],
    ["four days in a row", ["2024-03-07", "2024-03-08", "2024-03-09", "2024-03-10"], 4, 4, true, false, "2024-03-10"],
    ["run up to yesterday", ["2024-03-07", "2024-03-08", "2024-03-09"], 3, 3, false, true, "2024-03-09"],
    ["best earlier than current", ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-09", "2024-03-10"], 2, 3, true, false, "2024-03-10"],
    ["unordered with duplicates", ["2024-03-10", "2024-03-09", "2024-03-10", "2024-03-09"], 2, 2, true, false, "2024-03-10"],
    ["across a leap day", ["2024-02-28", "2024-02-29", "2024-03-01", "2024-03-02"], 0, 4, false, false, "2024-03-02"],
    ["a future key is ignored", ["2024-03-11"], 0, 0, false, false, null],
  ] as const)("%s", (_name, keys, current, best, studiedToday, atRisk, last) => {
    expect(computeStreaks(keys, TODAY)).toEqual({
      current,
      best,
      studiedToday,
      atRisk,
      lastStudiedDayKey: last,
      isEmpty: last === null,
    });
  });

  test("a streak across a year boundary", () => {
    expect(computeStreaks(["2023-12-30", "2023-12-31", "2024-01-01"], "2024-01-01").current).toBe(3);
  });

  test("a Set works as input", () => {
    expect(computeStreaks(new Set(["2024-03-09", "2024-03-10"]), TODAY).current).toBe(2);
  });

  test("refuses a malformed key", () => {
    expect(() => computeStreaks(["2024-3-9"], TODAY)).toThrow(ProgressError);
  });

  // Reviews at fixed instants, grouped as the page would: the day start hour decides the streak.
  test.each([
    // New York, spring forward: 03:30 EDT on the 10th is before a 4 AM start, so it belongs to the 9th
    ["America/New_York", 4, ["2024-03-09T17:00:00Z", "2024-03-10T07:30:00Z", "2024-03-11T12:00:00Z"], "2024-03-11", 1, 1],
    ["America/New_York", 0, ["2024-03-09T17:00:00Z", "2024-03-10T07:30:00Z", "2024-03-11T12:00:00Z"], "2024-03-11", 3, 3],
    // New York, fall back: the 25-hour day, reviewed in the repeated hour only
    ["America/New_York", 4, ["2024-11-02T14:00:00Z", "2024-11-03T15:00:00Z", "2024-11-04T14:00:00Z"], "2024-11-04", 3, 3],
    ["America/New_York", 0, ["2024-11-02T14:00:00Z", "2024-11-03T06:30:00Z", "2024-11-04T14:00:00Z"], "2024-11-04", 3, 3],
    // Kolkata: 23:00 UTC is 04:30 IST on the next day
    ["Asia/Kolkata", 4, ["2024-03-08T23:00:00Z", "2024-03-09T23:00:00Z"], "2024-03-10", 2, 2],
    ["Asia/Kolkata", 4, ["2024-03-08T22:00:00Z", "2024-03-09T23:00:00Z"], "2024-03-10", 1, 1], // 03:30 IST → the 8th
    ["UTC", 4, ["2024-03-09T03:00:00Z", "2024-03-10T05:00:00Z"], "2024-03-10", 1, 1],
    ["UTC", 0, ["2024-03-09T03:00:00Z", "2024-03-10T05:00:00Z"], "2024-03-10", 2, 2],
  ])("%s, day start %i h: reviews %j, today %s → current %i, best %i", (zone, hour, instants, today, current, best) => {
    const keys = countByDayKey(instants.map((t) => new Date(t)), zone, hour).map((d) => d.dayKey);
    expect(toDayKey(new Date(instants.at(-1)!), zone, hour)).toBe(today);
    expect(computeStreaks(keys, today)).toMatchObject({ current, best });
  });
});
