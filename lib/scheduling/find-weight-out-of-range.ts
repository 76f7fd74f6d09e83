import { CLAMP_PARAMETERS, W17_W18_Ceiling } from "ts-fsrs";

export type TWeightOutOfRange = { index: number; value: number; min: number; max: number };

/** ts-fsrs's allowed range of each FSRS-6 weight (the ranges it clips to); FSRS-4.5 and 5 use the first 17 or 19. */
const RANGES = CLAMP_PARAMETERS(W17_W18_Ceiling, true);

/**
 * The first weight outside FSRS's allowed range (the one ts-fsrs would silently clip), or null when every
 * weight is within range. Lengths other than 17, 19 or 21 are for the caller to refuse.
 *
 * @example
 * findWeightOutOfRange([1e308, ...rest]); // { index: 0, value: 1e308, min: 0.001, max: 100 }
 */
export function findWeightOutOfRange(weights: readonly number[]): TWeightOutOfRange | null {
  for (let index = 0; index < weights.length && index < RANGES.length; index++) {
    const [min, max] = RANGES[index];
    const value = weights[index];
    if (!(value >= min && value <= max)) return { index, value, min, max };
  }
  return null;
}
