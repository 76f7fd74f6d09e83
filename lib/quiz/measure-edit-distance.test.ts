import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { measureEditDistance } from "./measure-edit-distance";

describe("measureEditDistance", () => {
  test.each([
    ["", "", 0],
    ["abc", "", 3],
    ["", "abc", 3],
    ["gause", "gause", 0],
    ["gause", "guase", 1],
    ["gause", "gaus", 1],
    ["gause", "gausse", 1],
    ["gause", "gauze", 1],
    ["kitten", "sitting", 3],
    ["ca", "abc", 3],
    ["abcd", "badc", 2],
    ["🎲a", "a🎲", 1],
  ])("%j vs %j = %i", (a, b, expected) => {
    expect(measureEditDistance(a, b)).toBe(expected);
    expect(measureEditDistance(b, a)).toBe(expected);
  });

  test.each([
    ["kitten", "sitting", 1, 2],
    ["kitten", "sitting", 3, 3],
    ["kitten", "sitting", 10, 3],
    ["gause", "guase", 1, 1],
    ["gause", "guase", 0, 1],
    ["abc", "abcdefgh", 2, 3],
    ["abcdef", "abcdef", 0, 0],
    ["", "ab", 1, 2],
  ])("bounded: %j vs %j with max %i = %i", (a, b, max, expected) => {
    expect(measureEditDistance(a, b, max)).toBe(expected);
    expect(measureEditDistance(b, a, max)).toBe(expected);
  });

  test("bounded agrees with unbounded whenever the distance is within the bound", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 6 }), (a, b, max) => {
        const full = measureEditDistance(a, b);
        expect(measureEditDistance(a, b, max)).toBe(full <= max ? full : max + 1);
      }),
      { numRuns: 2000 },
    );
  });
});
