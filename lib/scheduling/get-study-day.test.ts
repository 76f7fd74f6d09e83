import { describe, expect, test } from "vitest";
import { getBuryUntil } from "./get-bury-until";
import { getStudyDay } from "./get-study-day";
import { SchedulingError } from "./scheduling-error";

const HOUR = 3_600_000;

describe("getStudyDay", () => {
  test.each([
    // now, zone, start hour, dayKey, start, end, hours long
    ["2024-03-10T06:30:00Z", "UTC", 4, "2024-03-10", "2024-03-10T04:00:00Z", "2024-03-11T04:00:00Z", 24],
    ["2024-03-10T03:59:59Z", "UTC", 4, "2024-03-09", "2024-03-09T04:00:00Z", "2024-03-10T04:00:00Z", 24],
    ["2024-03-10T04:00:00Z", "UTC", 4, "2024-03-10", "2024-03-10T04:00:00Z", "2024-03-11T04:00:00Z", 24],
    ["2024-03-10T06:30:00Z", "UTC", 0, "2024-03-10", "2024-03-10T00:00:00Z", "2024-03-11T00:00:00Z", 24],
    // New York, spring forward 2024-03-10 02:00 EST → 03:00 EDT
    ["2024-03-10T06:30:00Z", "America/New_York", 4, "2024-03-09", "2024-03-09T09:00:00Z", "2024-03-10T08:00:00Z", 23],
    ["2024-03-10T08:00:00Z", "America/New_York", 4, "2024-03-10", "2024-03-10T08:00:00Z", "2024-03-11T08:00:00Z", 24],
    ["2024-03-10T07:59:59Z", "America/New_York", 4, "2024-03-09", "2024-03-09T09:00:00Z", "2024-03-10T08:00:00Z", 23],
    // start hour inside the skipped hour: the day starts when the gap ends (03:00 EDT)
    ["2024-03-10T07:30:00Z", "America/New_York", 2, "2024-03-10", "2024-03-10T07:00:00Z", "2024-03-11T06:00:00Z", 23],
    ["2024-03-10T06:59:59Z", "America/New_York", 2, "2024-03-09", "2024-03-09T07:00:00Z", "2024-03-10T07:00:00Z", 24],
    // New York, fall back 2024-11-03 02:00 EDT → 01:00 EST
    ["2024-11-03T06:30:00Z", "America/New_York", 4, "2024-11-02", "2024-11-02T08:00:00Z", "2024-11-03T09:00:00Z", 25],
    ["2024-11-03T09:00:00Z", "America/New_York", 4, "2024-11-03", "2024-11-03T09:00:00Z", "2024-11-04T09:00:00Z", 24],
    // start hour 1 happens twice on 2024-11-03: the first 01:00 (EDT) starts the day
    ["2024-11-03T05:00:00Z", "America/New_York", 1, "2024-11-03", "2024-11-03T05:00:00Z", "2024-11-04T06:00:00Z", 25],
    ["2024-11-03T06:30:00Z", "America/New_York", 1, "2024-11-03", "2024-11-03T05:00:00Z", "2024-11-04T06:00:00Z", 25],
    ["2024-11-03T04:59:59Z", "America/New_York", 1, "2024-11-02", "2024-11-02T05:00:00Z", "2024-11-03T05:00:00Z", 24],
    // Berlin, 2024-03-31 02:00 CET → 03:00 CEST, and 2024-10-27 03:00 CEST → 02:00 CET
    ["2024-03-31T12:00:00Z", "Europe/Berlin", 4, "2024-03-31", "2024-03-31T02:00:00Z", "2024-04-01T02:00:00Z", 24],
    ["2024-03-31T01:30:00Z", "Europe/Berlin", 4, "2024-03-30", "2024-03-30T03:00:00Z", "2024-03-31T02:00:00Z", 23],
    ["2024-10-27T01:30:00Z", "Europe/Berlin", 4, "2024-10-26", "2024-10-26T02:00:00Z", "2024-10-27T03:00:00Z", 25],
    ["2024-03-31T01:30:00Z", "Europe/Berlin", 2, "2024-03-31", "2024-03-31T01:00:00Z", "2024-04-01T00:00:00Z", 23],
    // east of UTC the study day is named after the local date, not the UTC one
    ["2024-03-09T20:00:00Z", "Asia/Tokyo", 4, "2024-03-10", "2024-03-09T19:00:00Z", "2024-03-10T19:00:00Z", 24],
    ["2024-03-09T18:59:59Z", "Asia/Tokyo", 4, "2024-03-09", "2024-03-08T19:00:00Z", "2024-03-09T19:00:00Z", 24],
    // half-hour zone, year and month boundaries
    ["2024-01-01T00:00:00Z", "Asia/Kolkata", 4, "2024-01-01", "2023-12-31T22:30:00Z", "2024-01-01T22:30:00Z", 24],
    ["2023-12-31T22:29:59Z", "Asia/Kolkata", 4, "2023-12-31", "2023-12-30T22:30:00Z", "2023-12-31T22:30:00Z", 24],
    ["2024-03-01T03:00:00Z", "UTC", 4, "2024-02-29", "2024-02-29T04:00:00Z", "2024-03-01T04:00:00Z", 24],
    ["2024-12-31T23:00:00Z", "Pacific/Kiritimati", 23, "2024-12-31", "2024-12-31T09:00:00Z", "2025-01-01T09:00:00Z", 24],
  ])("%s in %s, day starting at %i h → %s", (now, zone, hour, dayKey, start, end, hours) => {
    const day = getStudyDay(new Date(now), zone, hour);
    expect(day).toEqual({ dayKey, start: new Date(start), end: new Date(end) });
    expect((day.end.getTime() - day.start.getTime()) / HOUR).toBe(hours);
    expect(day.start.getTime()).toBeLessThanOrEqual(new Date(now).getTime());
    expect(day.end.getTime()).toBeGreaterThan(new Date(now).getTime());
  });

  test.each(["America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "America/Santiago", "Asia/Kathmandu"])(
    "%s: every 97 minutes of 2024, days tile time with no gap or overlap",
    (zone) => {
      const problems: string[] = [];
      for (const hour of [2, 4]) {
        let previous = getStudyDay(new Date("2024-01-01T00:00:00Z"), zone, hour);
        for (let t = Date.parse("2024-01-01T00:00:00Z"); t < Date.parse("2025-01-01T00:00:00Z"); t += 97 * 60_000) {
          const day = getStudyDay(new Date(t), zone, hour);
          if (!(day.start.getTime() <= t && t < day.end.getTime())) problems.push(`${new Date(t).toISOString()} outside ${day.dayKey}`);
          if (day.dayKey !== previous.dayKey) {
            if (day.start.getTime() !== previous.end.getTime()) problems.push(`${previous.dayKey} → ${day.dayKey} not contiguous`);
            previous = day;
          }
        }
      }
      expect(problems).toEqual([]);
    },
  );

  test.each([
    ["Not/AZone", 4],
    ["UTC", 24],
    ["UTC", 1.5],
  ])("rejects zone %j with hour %d", (zone, hour) => {
    expect(() => getStudyDay(new Date("2024-03-10T06:30:00Z"), zone, hour)).toThrow(SchedulingError);
  });
});

describe("getBuryUntil", () => {
  test.each([
    ["2024-03-10T06:30:00Z", "UTC", 4, "2024-03-11T04:00:00Z"],
    ["2024-03-10T02:00:00Z", "UTC", 4, "2024-03-10T04:00:00Z"],
    ["2024-03-10T06:30:00Z", "America/New_York", 4, "2024-03-10T08:00:00Z"],
    ["2024-03-10T12:00:00Z", "America/New_York", 4, "2024-03-11T08:00:00Z"],
  ])("buried at %s in %s (day starts %i h) → back at %s", (now, zone, hour, until) => {
    expect(getBuryUntil(new Date(now), zone, hour)).toEqual(new Date(until));
  });
});
