import { describe, expect, test } from "vitest";
import { formatCount } from "./format-count";
import { formatDuration } from "./format-duration";
import { formatNumber } from "./format-number";
import { formatPercent } from "./format-percent";

const NNBSP = "\u202F";

describe("formatNumber", () => {
  test.each([
    [1204, 0, "1,204"],
    [1_234_567, 0, "1,234,567"],
    [12.345, 1, "12.3"],
    [12, 1, "12"],
    [0.4, 0, "0"],
    [-0.4, 0, "0"],
    [null, 0, "—"],
    [Number.NaN, 0, "—"],
    [Infinity, 0, "—"],
  ] as const)("%s (%i decimals) → %s", (value, digits, text) => {
    expect(formatNumber(value, digits)).toBe(text);
  });
});

describe("formatCount", () => {
  test.each([
    [1204, "review", undefined, "1,204 reviews"],
    [1, "review", undefined, "1 review"],
    [0, "review", undefined, "0 reviews"],
    [3, "quiz", "quizzes", "3 quizzes"],
    [1, "quiz", "quizzes", "1 quiz"],
  ])("%i %s → %s", (count, singular, plural, text) => {
    expect(formatCount(count, singular, plural)).toBe(text);
  });
});

describe("formatPercent", () => {
  test.each([
    [0.92, `92${NNBSP}%`],
    [0.9234, `92${NNBSP}%`],
    [1, `100${NNBSP}%`],
    [0.996, `99${NNBSP}%`],
    [0, `0${NNBSP}%`],
    [0.004, `1${NNBSP}%`],
    [-0.004, `-1${NNBSP}%`],
    [0.5, `50${NNBSP}%`],
    [null, "—"],
    [undefined, "—"],
    [Number.NaN, "—"],
  ])("%s → %j", (share, text) => {
    expect(formatPercent(share)).toBe(text);
  });
});

describe("formatDuration", () => {
  test.each([
    [0, "0 min"],
    [-5, "0 min"],
    [Number.NaN, "0 min"],
    [400, "0 min"],
    [45_000, "45 s"],
    [59_400, "59 s"],
    [59_600, "1 min"],
    [180_000, "3 min"],
    [3_570_000, "1 h"], // 59.5 min rounds up to an hour, never "60 min"
    [4_800_000, "1 h 20 min"],
    [7_200_000, "2 h"],
    [93_600_000, "26 h"],
  ])("%i ms → %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
