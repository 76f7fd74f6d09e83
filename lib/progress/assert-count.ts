import { ProgressError, ProgressErrorCode } from "./progress-error";

/** Refuses a count that no query can return (negative, fractional, NaN): a wiring mistake, loud. */
export function assertCount(value: number, label: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new ProgressError(ProgressErrorCode.INVALID_ARGUMENT, `${label} must be a whole number ≥ 0, got ${value}`);
  }
  return value;
}
