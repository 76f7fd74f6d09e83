import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { getStudyDay } from "../scheduling/get-study-day";
import { SchedulingError } from "../scheduling/scheduling-error";
import { addDays } from "./add-days";
import { toDayKey } from "./to-day-key";

describe("toDayKey", () => {
  test.each([
    // instant, zone, day start hour, key
    ["2024-03-10T03:59:59Z", "UTC", 4, "2024-03-09"],
    ["2024-03-10T04:00:00Z", "UTC", 4, "2024-03-10"],
    ["2024-03-09T23:59:59Z", "UTC", 0, "2024-03-09"],
    ["2024-03-10T00:00:00Z", "UTC", 0, "2024-03-10"],
    // New York springs forward 2024-03-10 02:00 EST → 03:00 EDT
    ["2024-03-10T07:30:00Z", "America/New_York", 4, "2024-03-09"], // 03:30 EDT, before 4 AM
    ["2024-03-10T07:59:59Z", "America/New_York", 4, "2024-03-09"],
    ["2024-03-10T08:00:00Z", "America/New_York", 4, "2024-03-10"], // 04:00 EDT
    ["2024-03-10T04:59:59Z", "America/New_York", 0, "2024-03-09"], // 23:59:59 EST
    ["2024-03-10T05:00:00Z", "America/New_York", 0, "2024-03-10"], // 00:00 EST
    ["2024-03-11T03:59:59Z", "America/New_York", 0, "2024-03-10"], // 23:59:59 EDT: the 23-hour day
    ["2024-03-11T04:00:00Z", "America/New_York", 0, "2024-03-11"],
    // New York falls back 2024-11-03 02:00 EDT → 01:00 EST; 01:30 happens twice
    ["2024-11-03T05:30:00Z", "America/New_York", 4, "2024-11-02"], // first 01:30 (EDT)
    ["2024-11-03T06:30:00Z", "America/New_York", 4, "2024-11-02"], // second 01:30 (EST)
    ["2024-11-03T08:59:59Z", "America/New_York", 4, "2024-11-02"], // 03:59:59 EST: the 25-hour study day
    ["2024-11-03T09:00:00Z", "America/New_York", 4, "2024-11-03"],
    ["2024-11-03T03:59:59Z", "America/New_York", 0, "2024-11-02"],
    ["2024-11-03T04:00:00Z", "America/New_York", 0, "2024-11-03"], // 00:00 EDT
    ["2024-11-04T04:59:59Z", "America/New_York", 0, "2024-11-03"], // 23:59:59 EST
    ["2024-11-04T05:00:00Z", "America/New_York", 0, "2024-11-04"],
    // Kolkata, UTC+5:30 all year
    ["2024-03-09T22:29:59Z", "Asia/Kolkata", 4, "2024-03-09"],
    ["2024-03-09T22:30:00Z", "Asia/Kolkata", 4, "2024-03-10"], // 04:00 IST
    ["2024-03-09T18:29:59Z", "Asia/Kolkata", 0, "2024-03-09"],
    ["2024-03-09T18:30:00Z", "Asia/Kolkata", 0, "2024-03-10"], // midnight IST, still the 9th in UTC
    ["2023-12-31T20:00:00Z", "Asia/Kolkata", 0, "2024-01-01"],
  ])("%s in %s, day starting at %i h → %s", (instant, zone, hour, key) => {
    expect(toDayKey(new Date(instant), zone, hour)).toBe(key);
  });

  test.each([
    [new Date("2024-03-10T00:00:00Z"), "Mars/Olympus", 4],
    [new Date("2024-03-10T00:00:00Z"), "UTC", 24],
    [new Date("nope"), "UTC", 4],
  ])("refuses %s / %s / %s", (instant, zone, hour) => {
    expect(() => toDayKey(instant, zone, hour)).toThrow(SchedulingError);
  });

  test.each(["UTC", "America/New_York", "Asia/Kolkata"])(
    "%s: the day after an instant's study day is one key later, DST or not",
    (zone) => {
      fc.assert(
        fc.property(
          fc.integer({ min: Date.parse("2023-06-01T00:00:00Z"), max: Date.parse("2025-06-01T00:00:00Z") }),
          fc.constantFrom(0, 4),
          (t, hour) => {
            const day = getStudyDay(new Date(t), zone, hour);
            expect(toDayKey(day.end, zone, hour)).toBe(addDays(day.dayKey, 1));
            expect(toDayKey(new Date(day.start.getTime() - 1), zone, hour)).toBe(addDays(day.dayKey, -1));
          },
        ),
        { numRuns: 300, seed: 20240310 },
      );
    },
  );
});
