import type { StepUnit } from "ts-fsrs";

/** The most (re)learning steps a user may configure. */
export const MAX_STEPS = 10;

/** The longest single step: 365 days, in minutes. */
export const MAX_STEP_MINUTES = 365 * 1440;

export type TParseStepsResult =
  | { success: true; steps: StepUnit[]; minutes: number[] }
  | { success: false; error: string };

const STEP_PATTERN = /^(\d+(?:\.\d+)?)([mhd])$/;
const MINUTES_PER_UNIT = { m: 1, h: 60, d: 1440 } as const;

/**
 * Parses learning steps written as Anki does ("1m 10m 1h", commas allowed) into ts-fsrs `StepUnit`s.
 * An empty string means "no steps" (FSRS schedules the card in days at once).
 *
 * ts-fsrs reads a step with `parseInt`, so "1.5h" would silently become 1 hour; fractions are therefore
 * converted to whole minutes here ("1.5h" → "90m"), and a step that is not a whole number of minutes
 * is rejected.
 *
 * @example
 * parseSteps("1m 10m 1h"); // { success: true, steps: ["1m", "10m", "1h"], minutes: [1, 10, 60] }
 * parseSteps("10s");       // { success: false, error: 'Step "10s" must use m, h or d, like "10m"' }
 */
export function parseSteps(input: string): TParseStepsResult {
  const tokens = input
    .trim()
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((token) => token.length > 0);

  if (tokens.length > MAX_STEPS) {
    return { success: false, error: `Use at most ${MAX_STEPS} steps (got ${tokens.length})` };
  }

  const steps: StepUnit[] = [];
  const minutes: number[] = [];
  for (const token of tokens) {
    const match = STEP_PATTERN.exec(token);
    if (!match) {
      return { success: false, error: `Step "${token}" must be a number followed by m, h or d, like "10m"` };
    }
    const value = Number(match[1]);
    const unit = match[2] as keyof typeof MINUTES_PER_UNIT;
    const total = value * MINUTES_PER_UNIT[unit];
    if (!(total > 0)) {
      return { success: false, error: `Step "${token}" must be longer than 0` };
    }
    if (Math.abs(total - Math.round(total)) > 1e-9) {
      return { success: false, error: `Step "${token}" must be a whole number of minutes` };
    }
    if (total > MAX_STEP_MINUTES) {
      return { success: false, error: `Step "${token}" must be at most 365d` };
    }
    const rounded = Math.round(total);
    minutes.push(rounded);
    steps.push(Number.isInteger(value) ? (`${value}${unit}` as StepUnit) : (`${rounded}m` as StepUnit));
  }
  return { success: true, steps, minutes };
}
