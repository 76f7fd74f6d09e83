import { describe, expect, test } from "vitest";
import { parseSteps } from "./parse-steps";

describe("parseSteps", () => {
  test.each([
    ["1m 10m", ["1m", "10m"], [1, 10]],
    ["1m 10m 1h", ["1m", "10m", "1h"], [1, 10, 60]],
    ["  1m,10m ,  2d ", ["1m", "10m", "2d"], [1, 10, 2880]],
    ["1.5h", ["90m"], [90]],
    ["0.5d", ["720m"], [720]],
    ["15M 1H", ["15m", "1h"], [15, 60]],
    ["010m", ["10m"], [10]],
    ["", [], []],
    ["   ", [], []],
  ])("%j → %j", (input, steps, minutes) => {
    expect(parseSteps(input)).toEqual({ success: true, steps, minutes });
  });

  test.each([
    ["0m", 'Step "0m" must be longer than 0'],
    ["10", 'Step "10" must be a number followed by m, h or d, like "10m"'],
    ["10s", 'Step "10s" must be a number followed by m, h or d, like "10m"'],
    ["-1m", 'Step "-1m" must be a number followed by m, h or d, like "10m"'],
    ["1e3m", 'Step "1e3m" must be a number followed by m, h or d, like "10m"'],
    ["m", 'Step "m" must be a number followed by m, h or d, like "10m"'],
    ["1.5m", 'Step "1.5m" must be a whole number of minutes'],
    ["366d", 'Step "366d" must be at most 365d'],
    [Array.from({ length: 11 }, () => "1m").join(" "), "Use at most 10 steps (got 11)"],
  ])("%j fails with %j", (input, error) => {
    expect(parseSteps(input)).toEqual({ success: false, error });
  });
});
