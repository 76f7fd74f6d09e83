import { describe, expect, test } from "vitest";
import { listDayKeys } from "./list-day-keys";
import { ProgressError } from "./progress-error";

describe("listDayKeys", () => {
  test.each([
    ["2024-03-09", 3, ["2024-03-09", "2024-03-10", "2024-03-11"]], // New York's 23-hour day in the middle
    ["2024-11-02", 3, ["2024-11-02", "2024-11-03", "2024-11-04"]], // and its 25-hour day
    ["2024-02-28", 3, ["2024-02-28", "2024-02-29", "2024-03-01"]], // leap year
    ["2023-02-28", 2, ["2023-02-28", "2023-03-01"]],
    ["2024-12-31", 2, ["2024-12-31", "2025-01-01"]],
    ["2024-03-10", 1, ["2024-03-10"]],
    ["2024-03-10", 0, []],
  ])("%s for %i days", (start, days, keys) => {
    expect(listDayKeys(start, days)).toEqual(keys);
  });

  test("a year of keys has no gaps or repeats", () => {
    const keys = listDayKeys("2024-01-01", 366);
    expect(new Set(keys).size).toBe(366);
    expect(keys.at(-1)).toBe("2024-12-31");
  });

  test.each([
    ["2024-02-30", 1],
    ["2024-3-1", 1],
    ["", 1],
    ["2024-03-10T00:00:00Z", 1],
    ["2024-03-10", -1],
    ["2024-03-10", 1.5],
    ["2024-03-10", Number.NaN],
    ["2024-03-10", 1_000_000],
  ])("refuses %j for %s days", (start, days) => {
    expect(() => listDayKeys(start, days)).toThrow(ProgressError);
  });
});
