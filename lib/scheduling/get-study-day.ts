import { assertValidDate } from "./assert-valid-date";
import { offsetAt, wallTime } from "./get-utc-offset";
import { resolveTimeZone } from "./resolve-time-zone";
import { SchedulingError, SchedulingErrorCode } from "./scheduling-error";

export type TStudyDay = {
  /** First instant of the study day: `dayStartHour`:00 local time on `dayKey`. */
  start: Date;
  /** First instant of the next study day (exclusive end). 23 or 25 hours after start across DST. */
  end: Date;
  /** The local calendar date the study day is named after, "YYYY-MM-DD". */
  dayKey: string;
};

/**
 * The instant a local wall time happens. An ambiguous time (clocks going back) resolves to its first
 * occurrence; a skipped time (clocks going forward) resolves to the instant the gap ends.
 */
function instantOf(year: number, month: number, day: number, hour: number, timeZone: string): number {
  const asUtc = Date.UTC(year, month - 1, day, hour);
  const before = offsetAt(asUtc - 86_400_000, timeZone);
  const after = offsetAt(asUtc + 86_400_000, timeZone);
  const offsets = before === after ? [before] : [before, after];
  const candidates = offsets.map((o) => asUtc - o).filter((t) => offsetAt(t, timeZone) === asUtc - t);
  if (candidates.length > 0) return Math.min(...candidates);
  return asUtc - before;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * The study day containing `now`: days start at `dayStartHour`:00 local time in `timeZone` (Anki's
 * "next day starts at" 4 AM rollover), so 02:00 local still belongs to yesterday. Offsets come from
 * Intl, so days around DST changes are 23 or 25 hours long.
 *
 * @example
 * getStudyDay(new Date("2024-03-10T06:30:00Z"), "America/New_York", 4);
 * // 01:30 EST, before 4 AM → { dayKey: "2024-03-09", start: 2024-03-09T09:00Z, end: 2024-03-10T08:00Z }
 */
export function getStudyDay(now: Date, timeZone: string, dayStartHour: number): TStudyDay {
  assertValidDate(now, "now");
  const zone = resolveTimeZone(timeZone);
  if (zone === null) {
    throw new SchedulingError(SchedulingErrorCode.INVALID_TIME_ZONE, `Unknown time zone "${timeZone}"`);
  }
  if (!Number.isInteger(dayStartHour) || dayStartHour < 0 || dayStartHour > 23) {
    throw new SchedulingError(SchedulingErrorCode.INVALID_SETTINGS, "dayStartHour must be an integer 0-23");
  }
  const local = wallTime(now.getTime(), zone);
  // Calendar arithmetic on the local date only, done in UTC where every day has 24 hours.
  const dayShift = local.hour < dayStartHour ? -1 : 0;
  const key = new Date(Date.UTC(local.year, local.month - 1, local.day + dayShift));
  const next = new Date(Date.UTC(local.year, local.month - 1, local.day + dayShift + 1));
  const start = instantOf(key.getUTCFullYear(), key.getUTCMonth() + 1, key.getUTCDate(), dayStartHour, zone);
  const end = instantOf(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), dayStartHour, zone);
  const dayKey = `${pad(key.getUTCFullYear(), 4)}-${pad(key.getUTCMonth() + 1)}-${pad(key.getUTCDate())}`;
  return { start: new Date(start), end: new Date(end), dayKey };
}
