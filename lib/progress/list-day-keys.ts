import { formatDayKey } from "./format-day-key";
import { parseDayKey } from "./parse-day-key";
import { ProgressError, ProgressErrorCode } from "./progress-error";

/** Longer than any chart needs; a guard against a runaway loop from a bad argument. */
const MAX_DAYS = 100_000;

/**
 * `days` consecutive day keys starting with `startKey`. Calendar arithmetic on dates, so a 23- or
 * 25-hour DST day is still exactly one key.
 *
 * @example
 * listDayKeys("2024-03-09", 3); // ["2024-03-09", "2024-03-10", "2024-03-11"]
 * listDayKeys("2024-03-09", 0); // []
 */
export function listDayKeys(startKey: string, days: number): string[] {
  const start = parseDayKey(startKey);
  if (!Number.isInteger(days) || days < 0 || days > MAX_DAYS) {
    throw new ProgressError(ProgressErrorCode.INVALID_ARGUMENT, `days must be a whole number 0–${MAX_DAYS}`);
  }
  return Array.from({ length: days }, (_, i) => formatDayKey(start + i));
}
