import type { TDayCount } from "./count-by-day-key";
import { formatDayKey } from "./format-day-key";
import { indexDayCounts } from "./index-day-counts";
import { parseDayKey } from "./parse-day-key";
import { ProgressError, ProgressErrorCode } from "./progress-error";

export const FUTURE_DUE_DEFAULT_DAYS = 30;

export type TFutureDueDay = {
  dayKey: string;
  /** Cards due that study day; today's includes every overdue card. */
  count: number;
  /** Due from today through this day: the workload if nothing new is added. */
  cumulative: number;
};

export type TFutureDue = {
  /** `days` entries, today first. */
  days: TFutureDueDay[];
  /** Due before today, already folded into `days[0].count`. */
  overdue: number;
  /** Due within the window, overdue included (= days[days.length - 1].cumulative). */
  total: number;
  /** Due after the window: "and 120 later". */
  later: number;
  /** Largest day count, for the chart's y-axis. 0 when empty. */
  maxCount: number;
  /** total / days: the average daily load over the window. 0 when empty. */
  averagePerDay: number;
  /** No card due in the window. */
  isEmpty: boolean;
};

/**
 * Reviews due per study day for the next `days` days (default 30), overdue cards counted on today,
 * with a running total: Anki's "Future due".
 *
 * Input: due counts per study day key of the cards that will need a review: not new (state ≠ 0) and
 * not suspended. SQL: `SELECT <day key of "due"> AS "dayKey", COUNT(*) ... GROUP BY 1`, or
 * `countByDayKey(cards.map((c) => c.due), timeZone, dayStartHour)`. A card due at 02:00 with a
 * 4 AM day start is due on the study day before, exactly as the review queue sees it.
 *
 * @throws ProgressError for a malformed day key, a bad count or a `days` outside 1–3650.
 *
 * @example
 * buildFutureDue([{ dayKey: "2024-03-01", count: 3 }, { dayKey: "2024-03-11", count: 2 }], "2024-03-10", 2);
 * // { days: [{ dayKey: "2024-03-10", count: 3, cumulative: 3 }, { dayKey: "2024-03-11", count: 2, cumulative: 5 }],
 * //   overdue: 3, total: 5, later: 0, maxCount: 3, averagePerDay: 2.5, isEmpty: false }
 */
export function buildFutureDue(
  dues: readonly TDayCount[],
  todayKey: string,
  days: number = FUTURE_DUE_DEFAULT_DAYS,
): TFutureDue {
  const today = parseDayKey(todayKey);
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    throw new ProgressError(ProgressErrorCode.INVALID_ARGUMENT, "days must be a whole number 1–3650");
  }
  const counts = indexDayCounts(dues);
  const last = today + days - 1;

  let overdue = 0;
  let later = 0;
  const perDay = new Array<number>(days).fill(0);
  for (const [day, count] of counts) {
    if (day < today) overdue += count;
    else if (day > last) later += count;
    else perDay[day - today] += count;
  }
  perDay[0] += overdue;

  let cumulative = 0;
  const result = perDay.map((count, i) => {
    cumulative += count;
    return { dayKey: formatDayKey(today + i), count, cumulative };
  });
  return {
    days: result,
    overdue,
    total: cumulative,
    later,
    maxCount: Math.max(0, ...perDay),
    averagePerDay: cumulative / days,
    isEmpty: cumulative === 0,
  };
}
