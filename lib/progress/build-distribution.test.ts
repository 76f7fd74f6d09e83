import { describe, expect, test } from "vitest";
import { buildDistribution } from "./build-distribution";
import { DIFFICULTY_BINS, RETRIEVABILITY_BINS, STABILITY_BINS } from "./distribution-bins";
import { ProgressError } from "./progress-error";

const counts = (values: number[], bins: typeof STABILITY_BINS) => buildDistribution(values, bins).bins.map((b) => b.count);

describe("buildDistribution", () => {
  test.each([
    ["stability", STABILITY_BINS, [0, 0.99, 1, 2.99, 3, 6.9, 7, 20.99, 21, 89, 90, 364.9, 365, 10_000], [2, 2, 2, 2, 2, 2, 2]],
    ["stability below 0 falls in the first bin", STABILITY_BINS, [-1], [1, 0, 0, 0, 0, 0, 0]],
    ["difficulty", DIFFICULTY_BINS, [1, 1.99, 2, 5.5, 9, 9.99, 10], [2, 1, 0, 0, 1, 0, 0, 0, 3]],
    ["difficulty clamped from outside 1–10", DIFFICULTY_BINS, [0.5, 10.5], [1, 0, 0, 0, 0, 0, 0, 0, 1]],
    ["retrievability", RETRIEVABILITY_BINS, [0, 0.05, 0.1, 0.3, 0.35, 0.899, 0.9, 0.95, 1], [2, 1, 0, 2, 0, 0, 0, 0, 1, 3]],
    ["retrievability float drift", RETRIEVABILITY_BINS, [-1e-12, 1 + 1e-12], [1, 0, 0, 0, 0, 0, 0, 0, 0, 1]],
  ])("%s", (_name, bins, values, expected) => {
    expect(counts(values, bins)).toEqual(expected);
  });

  test("labels", () => {
    expect(STABILITY_BINS.map((b) => b.label)).toEqual([
      "< 1 day", "1–3 days", "3–7 days", "1–3 weeks", "3 weeks–3 months", "3–12 months", "≥ 1 year",
    ]);
    expect(DIFFICULTY_BINS.map((b) => b.label)).toEqual(["1–2", "2–3", "3–4", "4–5", "5–6", "6–7", "7–8", "8–9", "9–10"]);
    expect(RETRIEVABILITY_BINS[0].label).toBe("0–10\u202F%");
    expect(RETRIEVABILITY_BINS[9].label).toBe("90–100\u202F%");
  });

  test("shares, mean, median; non-finite values skipped", () => {
    const d = buildDistribution([1, 2, 3, 10, Number.NaN, Infinity], DIFFICULTY_BINS);
    expect(d.total).toBe(4);
    expect(d.skipped).toBe(2);
    expect(d.mean).toBe(4);
    expect(d.median).toBe(2.5);
    expect(d.bins[0]).toEqual({ label: "1–2", from: 1, to: 2, count: 1, share: 0.25 });
    expect(d.isEmpty).toBe(false);
    expect(buildDistribution([5, 1, 3], DIFFICULTY_BINS).median).toBe(3);
  });

  test("empty: zero counts, null shares, no NaN", () => {
    const d = buildDistribution([], STABILITY_BINS);
    expect(d.bins.every((b) => b.count === 0 && b.share === null)).toBe(true);
    expect(d).toMatchObject({ total: 0, skipped: 0, mean: null, median: null, isEmpty: true });
  });

  test.each([
    [[]],
    [[{ label: "a", from: 1, to: 1 }]],
    [[{ label: "a", from: 0, to: 1 }, { label: "b", from: 2, to: 3 }]],
  ])("refuses bins %j", (bins) => {
    expect(() => buildDistribution([1], bins)).toThrow(ProgressError);
  });
});
