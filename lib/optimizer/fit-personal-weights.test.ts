import { describe, expect, test } from "vitest";
import { findWeightOutOfRange } from "../scheduling/find-weight-out-of-range";
import { fitPersonalWeights } from "./fit-personal-weights";
import { MIN_FIT_ITEMS } from "./min-fit-items";
import { DEFAULT_WEIGHTS, NON_DEFAULT_WEIGHTS, simulateLearner } from "./simulate-learner";
import { toOptimizerItems } from "./to-optimizer-items";

const NOW = new Date("2026-01-01T12:00:00Z");
const itemsOf = (w: readonly number[], reviews: number, seed: number) =>
  toOptimizerItems(simulateLearner({ trueWeights: w, reviews, seed, now: NOW }), "Europe/Berlin", 4);

describe("fitPersonalWeights", () => {
  test("recovers a model that predicts a non-default learner's held-out reviews better than the defaults", async () => {
    const result = await fitPersonalWeights(itemsOf(NON_DEFAULT_WEIGHTS, 4000, 2), { currentWeights: null });
    if (result.kind !== "fitted") throw new Error("expected a fit");
    expect(result.fitted.logLoss).toBeLessThan(result.current.logLoss - 0.01);
    expect(result.fitted.rmseBins).toBeLessThan(result.current.rmseBins);
    expect(result.better).toBe(true);
    expect(result.weights).toHaveLength(21);
    expect(findWeightOutOfRange(result.weights)).toBeNull();
    // The decay the fit finds is nearer the learner's true decay (w20) than the default's.
    expect(Math.abs(result.weights[20] - NON_DEFAULT_WEIGHTS[20])).toBeLessThan(Math.abs(DEFAULT_WEIGHTS[20] - NON_DEFAULT_WEIGHTS[20]));
  });

  test("does not get worse for a control learner whose memory follows the defaults", async () => {
    const result = await fitPersonalWeights(itemsOf(DEFAULT_WEIGHTS, 4000, 2), { currentWeights: null });
    if (result.kind !== "fitted") throw new Error("expected a fit");
    expect(result.fitted.logLoss).toBeLessThan(result.current.logLoss + 0.005);
    // What the reader ends up with is never worse than what they had on the held-out reviews.
    const kept = result.better ? result.fitted : result.current;
    expect(kept.logLoss).toBeLessThanOrEqual(result.current.logLoss);
  });

  test("keeps the defaults and says how many more items are needed below the optimizer's minimum", async () => {
    const items = itemsOf(NON_DEFAULT_WEIGHTS, 60, 1);
    expect(items.length).toBeLessThan(MIN_FIT_ITEMS);
    expect(await fitPersonalWeights(items, { currentWeights: null })).toEqual({ kind: "too-few", items: items.length, needed: MIN_FIT_ITEMS - items.length });
  });

  test("a fit past its time limit fails instead of returning weights", async () => {
    await expect(fitPersonalWeights(itemsOf(NON_DEFAULT_WEIGHTS, 2000, 4), { currentWeights: null, timeLimitMs: 1 })).rejects.toThrow(/longer than/);
  });
});
