import { describe, expect, test } from "vitest";
import { addDays } from "./add-days";
import { countDaysBetween } from "./count-days-between";
import { formatDayKey } from "./format-day-key";
import { getWeekday } from "./get-weekday";
import { parseDayKey } from "./parse-day-key";
import { ProgressError } from "./progress-error";

describe("parseDayKey / formatDayKey", () => {
  test.each([
    ["1970-01-01", 0],
    ["1970-01-02", 1],
    ["1969-12-31", -1],
    ["2024-03-10", 19_792],
    ["2024-02-29", 19_782],
  ])("%s ⇄ day %i", (key, day) => {
    expect(parseDayKey(key)).toBe(day);
    expect(formatDayKey(day)).toBe(key);
  });

  test.each(["2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "0099-01-01", "24-03-10", " 2024-03-10", "2024/03/10"])(
    "refuses %j",
    (key) => {
      expect(() => parseDayKey(key)).toThrow(ProgressError);
    },
  );

  test("refuses a non-string at run time", () => {
    expect(() => parseDayKey(20240310 as unknown as string)).toThrow(ProgressError);
  });
});

describe("addDays / countDaysBetween / getWeekday", () => {
  test.each([
    ["2024-03-09", 1, "2024-03-10"],
    ["2024-03-10", 1, "2024-03-11"],
    ["2024-11-03", -1, "2024-11-02"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2024-01-01", -365, "2023-01-01"],
    ["2024-03-10", 0, "2024-03-10"],
  ])("%s %+i days → %s", (key, days, result) => {
    expect(addDays(key, days)).toBe(result);
    expect(countDaysBetween(key, result)).toBe(days);
  });

  test("refuses a fractional shift", () => {
    expect(() => addDays("2024-03-10", 0.5)).toThrow(ProgressError);
  });

  test.each([
    ["2024-03-10", 6], // Sunday
    ["2024-03-11", 0], // Monday
    ["1970-01-01", 3], // Thursday
    ["1969-12-29", 0], // Monday before day 0
  ])("%s is weekday %i (Monday = 0)", (key, weekday) => {
    expect(getWeekday(parseDayKey(key))).toBe(weekday);
  });
});
