import { describe, expect, it } from "vitest";
import { extractQuantities } from "./extract-quantities";
import { formatLike } from "./format-number-like";

describe("extractQuantities", () => {
  it.each<[string, string[]]>([
    ["showing more than 1,000 containers of military equipment", ["more than 1,000"]],
    ["representing 50.7 percent of total valid votes", ["50.7 percent"]],
    ["allow inflation to run slightly above the 2% target", ["2%"]],
    ["sixty-eight young women who ran at least twenty-four kilometers", ["sixty-eight", "at least twenty-four"]],
    ["its two-day policy meeting", ["two-day"]],
    ["broke the record by 1 minute, 18 seconds", ["1 minute, 18 seconds"]],
    ["its Hwasong-18 ICBMs and TRAPPIST-1", []],
    ["in 2023 and on November 28", []],
    ["at about 10 p.m. that night", []],
  ])("%s", (text, expected) => {
    const found = extractQuantities(text, 0);
    expect(found.map((q) => q.text)).toEqual(expected);
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe("formatLike", () => {
  it.each<[number, string, string]>([
    [2000, "1,000", "2,000"],
    [3.75, "50.7", "3.8"],
    [70, "sixty-eight", "seventy"],
    [8, "seven", "eight"],
  ])("%d like %s", (value, example, expected) => {
    expect(formatLike(value, example)).toBe(expected);
  });
});
