import { formatDayKey } from "./format-day-key";
import { parseDayKey } from "./parse-day-key";
import { ProgressError, ProgressErrorCode } from "./progress-error";

/**
 * The day key `days` calendar days after `dayKey` (before it when negative). Works on dates, not
 * instants, so it never lands on the wrong day around DST changes. Handy for query bounds such as
 * "reviews with a day key ≥ addDays(todayKey, -29)".
 *
 * @example
 * addDays("2024-02-28", 2);  // "2024-03-01"
 * addDays("2024-03-10", -1); // "2024-03-09"
 */
export function addDays(dayKey: string, days: number): string {
  if (!Number.isSafeInteger(days)) {
    throw new ProgressError(ProgressErrorCode.INVALID_ARGUMENT, "days must be a whole number");
  }
  return formatDayKey(parseDayKey(dayKey) + days);
}
