import { ProgressError, ProgressErrorCode } from "./progress-error";

/** One bar: values v with from ≤ v < to (the last bin also takes v = to). */
export type TDistributionBin = { label: string; from: number; to: number };

export type TDistribution = {
  bins: (TDistributionBin & {
    count: number;
    /** count / total, 0–1; null when there are no values. */
    share: number | null;
  })[];
  /** Values counted (NaN and ±Infinity are skipped, not counted). */
  total: number;
  /** Values that were not finite numbers. */
  skipped: number;
  /** null when there are no values. */
  mean: number | null;
  /** null when there are no values. */
  median: number | null;
  isEmpty: boolean;
};

/**
 * A histogram over fixed bins: the same bars whatever the data, so charts keep their shape and
 * months can be compared. Values below the first bin count in the first, values above the last in
 * the last (FSRS clamps difficulty to 1–10 and retrievability to 0–1, but floats drift).
 * Feed it the preset bins below, or any contiguous ascending list.
 *
 * Values: stability (days) and difficulty come from `"CardState"` rows with state ≠ 0; retrievability
 * from `estimateTotalKnowledge(...).retrievabilities`.
 *
 * @throws ProgressError when the bins are empty, not ascending or not contiguous.
 *
 * @example
 * buildDistribution([0.5, 2, 30, 400], STABILITY_BINS).bins.map((b) => b.count); // [1, 1, 0, 0, 1, 0, 1]
 */
export function buildDistribution(values: Iterable<number>, bins: readonly TDistributionBin[]): TDistribution {
  if (bins.length === 0) throw new ProgressError(ProgressErrorCode.INVALID_ARGUMENT, "bins must not be empty");
  bins.forEach((bin, i) => {
    const contiguous = i === 0 || bins[i - 1].to === bin.from;
    if (!(bin.from < bin.to) || !contiguous) {
      throw new ProgressError(ProgressErrorCode.INVALID_ARGUMENT, `bin "${bin.label}" is not ascending and contiguous`);
    }
  });

  // Plain loops and a typed array: the progress page feeds tens of thousands of values, three times.
  const counts = new Array<number>(bins.length).fill(0);
  const finite: number[] = [];
  let skipped = 0;
  let sum = 0;
  const last = bins.length - 1;
  for (const value of values) {
    if (!Number.isFinite(value)) {
      skipped += 1;
      continue;
    }
    finite.push(value);
    sum += value;
    let index = 0;
    while (index < last && !(value < bins[index].to)) index += 1;
    counts[index] += 1;
  }

  const total = finite.length;
  const sorted = Float64Array.from(finite).sort();
  const middle = total >> 1;
  return {
    bins: bins.map((bin, i) => ({ ...bin, count: counts[i], share: total === 0 ? null : counts[i] / total })),
    total,
    skipped,
    mean: total === 0 ? null : sum / total,
    median: total === 0 ? null : total % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2,
    isEmpty: total === 0,
  };
}
