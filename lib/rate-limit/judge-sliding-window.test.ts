import { describe, expect, test } from "vitest";
import { judgeSlidingWindow, windowNumber } from "./judge-sliding-window";

const MINUTE = 60_000;
const rule = { limit: 10, windowMs: MINUTE };

describe("judgeSlidingWindow", () => {
  test.each([
    // previous, current (this hit included), elapsed ms, allowed, estimate, retry after (s)
    [0, 1, 0, true, 1, 0],
    [0, 10, 30_000, true, 10, 0],
    [0, 11, 30_000, false, 11, 36], // 10 hits here: 30 s to the next window, then 10 × (1 − t/60) + 1 ≤ 10 → t = 6 s
    [9, 4, 40_000, true, 7, 0], // 9 × 20/60 + 4
    [12, 1, 6_000, false, 11.8, 9], // 12 × 54/60 + 1 = 11.8: 12 × (1 − t/60) + 1 ≤ 10 from t = 15 s
    [12, 1, 15_000, true, 10, 0], // exactly at the limit
    [30, 1, 0, false, 31, 42], // 30 × (1 − t/60) + 1 ≤ 10 → t = 42 s
    [0, 20, 59_000, false, 20, 33], // 1 s left, then 19 × (1 − t/60) + 1 ≤ 10 → t ≈ 31.6 s
  ])("previous %i, current %i, %i ms in → allowed %s", (previous, current, elapsed, allowed, estimate, retry) => {
    const v = judgeSlidingWindow(rule, { previous, current }, elapsed);
    expect(v.allowed).toBe(allowed);
    expect(v.estimate).toBeCloseTo(estimate, 9);
    expect(v.retryAfterSeconds).toBe(retry);
  });

  test("a refused hit is allowed after the wait it was told, with no other hits", () => {
    for (const [previous, current, elapsed] of [
      [12, 1, 6_000],
      [30, 1, 0],
      [0, 20, 59_000],
      [25, 8, 10_000],
    ]) {
      const v = judgeSlidingWindow(rule, { previous, current }, elapsed);
      expect(v.allowed).toBe(false);
      const at = elapsed + v.retryAfterSeconds * 1000;
      const later =
        at < MINUTE
          ? judgeSlidingWindow(rule, { previous, current }, at)
          : judgeSlidingWindow(rule, { previous: current - 1, current: 1 }, at - MINUTE);
      expect(later.allowed).toBe(true);
    }
  });

  test("windowNumber counts whole windows since the epoch", () => {
    expect(windowNumber(new Date("1970-01-01T00:14:59.999Z"), 15 * MINUTE)).toBe(0);
    expect(windowNumber(new Date("1970-01-01T00:15:00Z"), 15 * MINUTE)).toBe(1);
  });
});
