import { describe, expect, test } from "vitest";
import { DEFAULT_WEIGHTS, NON_DEFAULT_WEIGHTS, simulateLearner } from "./simulate-learner";

const NOW = new Date("2026-01-01T12:00:00Z");

describe("simulateLearner", () => {
  test("gives exactly the reviews asked for, sorted, ending the day before now, the same for the same seed", () => {
    const a = simulateLearner({ trueWeights: NON_DEFAULT_WEIGHTS, reviews: 500, seed: 9, now: NOW });
    const b = simulateLearner({ trueWeights: NON_DEFAULT_WEIGHTS, reviews: 500, seed: 9, now: NOW });
    expect(a).toHaveLength(500);
    expect(b).toEqual(a);
    expect(a.every((l, i) => i === 0 || l.review >= a[i - 1].review)).toBe(true);
    expect(a[a.length - 1].review.toISOString().slice(0, 10)).toBe("2025-12-31");
    expect(a.every((l) => l.rating >= 1 && l.rating <= 4)).toBe(true);
  });

  test("a learner who forgets faster than FSRS assumes fails more reviews than the control", () => {
    const failures = (w: readonly number[]) =>
      simulateLearner({ trueWeights: w, reviews: 4000, seed: 5, now: NOW }).filter((l) => l.state === 2 && l.rating === 1).length;
    expect(failures(NON_DEFAULT_WEIGHTS)).toBeGreaterThan(failures(DEFAULT_WEIGHTS));
  });
});
