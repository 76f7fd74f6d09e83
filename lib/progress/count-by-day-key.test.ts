import { describe, expect, test } from "vitest";
import { countByDayKey } from "./count-by-day-key";

describe("countByDayKey", () => {
  test.each([
    ["UTC", 4, [{ dayKey: "2024-03-09", count: 2 }, { dayKey: "2024-03-10", count: 2 }]],
    ["UTC", 0, [{ dayKey: "2024-03-10", count: 4 }]],
    ["America/New_York", 4, [{ dayKey: "2024-03-09", count: 4 }]],
    ["America/New_York", 0, [{ dayKey: "2024-03-09", count: 2 }, { dayKey: "2024-03-10", count: 2 }]],
    ["Asia/Kolkata", 4, [{ dayKey: "2024-03-10", count: 4 }]],
  ])("%s, day start %i h", (zone, hour, expected) => {
    const instants = ["2024-03-10T00:30:00Z", "2024-03-10T03:30:00Z", "2024-03-10T06:30:00Z", "2024-03-10T07:30:00Z"];
    expect(countByDayKey(instants.map((t) => new Date(t)), zone, hour)).toEqual(expected);
  });

  test("no instants, no days", () => {
    expect(countByDayKey([], "UTC", 4)).toEqual([]);
  });
});
