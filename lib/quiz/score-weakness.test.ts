import { describe, expect, test } from "vitest";
import { scoreWeakness } from "./score-weakness";
import type { CardSchedulingFacts } from "./types";

const f = (retrievability: number | null, lapses: number, reps: number): CardSchedulingFacts => ({ retrievability, lapses, reps });

describe("scoreWeakness", () => {
  test.each<[string, CardSchedulingFacts | null | undefined, number]>([
    ["no facts", undefined, 0.6],
    ["null facts", null, 0.6],
    ["never reviewed", f(null, 0, 0), 0.6],
    ["well known", f(0.95, 0, 5), 0.05],
    ["fading", f(0.3, 0, 3), 0.7],
    ["studied, unknown R", f(null, 0, 2), 0.5],
    ["one lapse, fresh", f(1, 1, 4), 0.85],
    ["three lapses, low R", f(0.2, 3, 9), 0.75 + 0.2 + 0.3],
    ["lapses capped at five", f(0, 12, 20), 0.75 + 0.25 + 0.5],
    ["R out of range is clamped", f(7, 0, 1), 0],
  ])("%s", (_label, facts, expected) => {
    expect(scoreWeakness(facts)).toBeCloseTo(expected, 10);
  });

  test("any lapsed card outranks any new card", () => {
    for (const r of [0, 0.5, 0.99, 1]) expect(scoreWeakness(f(r, 1, 3))).toBeGreaterThan(scoreWeakness(null));
  });

  test("more lapses and lower retrievability rank higher", () => {
    expect(scoreWeakness(f(0.5, 3, 6))).toBeGreaterThan(scoreWeakness(f(0.5, 1, 6)));
    expect(scoreWeakness(f(0.2, 1, 6))).toBeGreaterThan(scoreWeakness(f(0.8, 1, 6)));
  });
});
