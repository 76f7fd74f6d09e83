import type { TDistributionBin } from "./build-distribution";
import { PERCENT_SPACE } from "./format-percent";

/** Stability in days, roughly logarithmic: what a reader can hold on to ("3 weeks to 3 months"). */
export const STABILITY_BINS: readonly TDistributionBin[] = [
  { label: "< 1 day", from: 0, to: 1 },
  { label: "1–3 days", from: 1, to: 3 },
  { label: "3–7 days", from: 3, to: 7 },
  { label: "1–3 weeks", from: 7, to: 21 },
  { label: "3 weeks–3 months", from: 21, to: 90 },
  { label: "3–12 months", from: 90, to: 365 },
  { label: "≥ 1 year", from: 365, to: Infinity },
];

/** FSRS difficulty 1–10 in 9 bins of width 1; 10 falls in the last. */
export const DIFFICULTY_BINS: readonly TDistributionBin[] = Array.from({ length: 9 }, (_, i) => ({
  label: `${i + 1}–${i + 2}`,
  from: i + 1,
  to: i + 2,
}));

/** Retrievability 0–1 in 10 bins of 10 percentage points; 1 falls in the last. */
export const RETRIEVABILITY_BINS: readonly TDistributionBin[] = Array.from({ length: 10 }, (_, i) => ({
  label: `${i * 10}–${i * 10 + 10}${PERCENT_SPACE}%`,
  from: i / 10,
  to: (i + 1) / 10,
}));
