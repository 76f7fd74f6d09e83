import { ProgressError, ProgressErrorCode } from "./progress-error";

const DAY_MS = 86_400_000;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A "YYYY-MM-DD" study-day key as a day number (days since 1970-01-01), so keys can be compared,
 * subtracted and stepped with plain integers. Keys name calendar dates, not instants, so this
 * arithmetic is the same in every time zone and across DST changes.
 *
 * @throws ProgressError INVALID_DAY_KEY for anything but a real calendar date ("2024-02-30" too).
 *
 * @example
 * parseDayKey("1970-01-02"); // 1
 * parseDayKey("2024-03-10") - parseDayKey("2024-03-09"); // 1, although that New York day has 23 hours
 */
export function parseDayKey(dayKey: string): number {
  const match = typeof dayKey === "string" ? DAY_KEY.exec(dayKey) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const date = new Date(ms);
    // Date.UTC rolls 2024-02-30 over to March and years 0-99 into the 1900s; a round trip rejects both.
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return ms / DAY_MS;
    }
  }
  throw new ProgressError(ProgressErrorCode.INVALID_DAY_KEY, `"${String(dayKey)}" is not a day key like 2024-03-10`);
}
