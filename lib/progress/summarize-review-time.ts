import { assertCount } from "./assert-count";
import { formatDayKey } from "./format-day-key";
import { parseDayKey } from "./parse-day-key";
import { ProgressError, ProgressErrorCode } from "./progress-error";

export const REVIEW_TIME_DEFAULT_DAYS = 30;

/**
 * Time spent answering on one study day. SQL: `SELECT <day key> AS "dayKey", SUM("durationMs") AS ms,
 * COUNT(*) AS count FROM "ReviewLog" WHERE "userId" = $1 AND rating BETWEEN 1 AND 4
 * AND <day key> >= addDays(todayKey, -(days - 1)) GROUP BY 1` (durations are already capped at 60 s
 * when recorded). Convert SUM's bigint/string to number.
 */
export type TReviewTimeDay = { dayKey: string; ms: number; count: number };

export type TReviewTime = {
  /** `days` entries, oldest first, ending today; days without reviews have 0. */
  days: { dayKey: string; ms: number; minutes: number; count: number }[];
  today: { ms: number; minutes: number; count: number };
  totalMs: number;
  totalReviews: number;
  daysStudied: number;
  /** totalMs / daysStudied; null when nothing was studied. Anki's "average for days studied". */
  averageMsPerStudiedDay: number | null;
  /** totalMs / days: Anki's "if you studied every day". 0 when empty. */
  averageMsPerDay: number;
  /** totalMs / totalReviews; null when there were no reviews. */
  averageMsPerReview: number | null;
  isEmpty: boolean;
};

/** Minutes for charts: one decimal, so 20 s shows as 0.3 rather than 0.333…. */
const toMinutes = (ms: number) => Math.round(ms / 6_000) / 10;

/**
 * Per-day study time for the last `days` study days ending `todayKey` (default 30), with today's time
 * and the averages. Rows outside the window are ignored; duplicate keys add up. Format `ms` with
 * `formatDuration`.
 *
 * @throws ProgressError for a malformed day key, negative or non-finite ms, a bad count or `days`
 * outside 1–3650.
 *
 * @example
 * summarizeReviewTime([{ dayKey: "2024-03-10", ms: 180_000, count: 20 }], "2024-03-10", 7);
 * // { today: { ms: 180000, minutes: 3, count: 20 }, totalMs: 180000, daysStudied: 1,
 * //   averageMsPerStudiedDay: 180000, averageMsPerDay: 25714.28…, averageMsPerReview: 9000, days: [...7], isEmpty: false }
 */
export function summarizeReviewTime(
  rows: readonly TReviewTimeDay[],
  todayKey: string,
  days: number = REVIEW_TIME_DEFAULT_DAYS,
): TReviewTime {
  const today = parseDayKey(todayKey);
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    throw new ProgressError(ProgressErrorCode.INVALID_ARGUMENT, "days must be a whole number 1–3650");
  }
  const first = today - days + 1;
  const ms = new Array<number>(days).fill(0);
  const counts = new Array<number>(days).fill(0);
  for (const row of rows) {
    const day = parseDayKey(row.dayKey);
    if (!Number.isFinite(row.ms) || row.ms < 0) {
      throw new ProgressError(ProgressErrorCode.INVALID_ARGUMENT, `ms on ${row.dayKey} must be ≥ 0, got ${row.ms}`);
    }
    const count = assertCount(row.count, `count on ${row.dayKey}`);
    if (day < first || day > today) continue;
    ms[day - first] += row.ms;
    counts[day - first] += count;
  }

  const totalMs = ms.reduce((sum, n) => sum + n, 0);
  const totalReviews = counts.reduce((sum, n) => sum + n, 0);
  const daysStudied = counts.filter((n, i) => n > 0 || ms[i] > 0).length;
  return {
    days: ms.map((dayMs, i) => ({ dayKey: formatDayKey(first + i), ms: dayMs, minutes: toMinutes(dayMs), count: counts[i] })),
    today: { ms: ms[days - 1], minutes: toMinutes(ms[days - 1]), count: counts[days - 1] },
    totalMs,
    totalReviews,
    daysStudied,
    averageMsPerStudiedDay: daysStudied === 0 ? null : totalMs / daysStudied,
    averageMsPerDay: totalMs / days,
    averageMsPerReview: totalReviews === 0 ? null : totalMs / totalReviews,
    isEmpty: daysStudied === 0,
  };
}
