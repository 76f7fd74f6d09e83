import { describe, expect, test } from "vitest";
import { getOffsetSeconds, listOffsetIntervals } from "./list-offset-intervals";
import { toDayKey } from "./to-day-key";
import { formatDayKey } from "./format-day-key";

const sec = (iso: string) => Date.parse(iso) / 1000;

describe("listOffsetIntervals", () => {
  test.each([
    ["UTC", "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z", [0]],
    ["Asia/Kolkata", "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z", [19800]],
    ["America/New_York", "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z", [-18000, -14400, -18000]],
    ["Europe/Berlin", "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z", [3600, 7200, 3600]],
  ])("%s", (tz, from, to, offsets) => {
    const list = listOffsetIntervals(sec(from), sec(to), tz);
    expect(list.map((i) => i.offsetSec)).toEqual(offsets);
  });

  test("finds New York's 2024 transitions to the second", () => {
    const [, spring, fall] = listOffsetIntervals(sec("2024-01-01T00:00:00Z"), sec("2025-01-01T00:00:00Z"), "America/New_York");
    expect(new Date(spring.fromSec * 1000).toISOString()).toBe("2024-03-10T07:00:00.000Z");
    expect(new Date(fall.fromSec * 1000).toISOString()).toBe("2024-11-03T06:00:00.000Z");
  });

  test("day numbers computed from the intervals agree with toDayKey", () => {
    const tz = "America/New_York";
    const hour = 4;
    const list = listOffsetIntervals(sec("2024-03-01T00:00:00Z"), sec("2024-12-01T00:00:00Z"), tz);
    for (let t = sec("2024-03-01T00:00:00Z"); t < sec("2024-12-01T00:00:00Z"); t += 3637) {
      const offset = [...list].reverse().find((i) => t >= i.fromSec)!.offsetSec;
      const dayNumber = Math.floor((t + offset - hour * 3600) / 86400);
      expect(formatDayKey(dayNumber)).toBe(toDayKey(new Date(t * 1000), tz, hour));
    }
  });

  test("getOffsetSeconds", () => {
    expect(getOffsetSeconds("Asia/Kolkata", sec("2024-06-01T00:00:00Z"))).toBe(19800);
  });
});
