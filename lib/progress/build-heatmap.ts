import type { TDayCount } from "./count-by-day-key";
import { formatDayKey } from "./format-day-key";
import { getHeatmapRange, HEATMAP_DAYS, HEATMAP_WEEKS } from "./get-heatmap-range";
import { getWeekday } from "./get-weekday";
import { indexDayCounts } from "./index-day-counts";
import { parseDayKey } from "./parse-day-key";

export type THeatmapLevel = 0 | 1 | 2 | 3 | 4;

export type THeatmapCell = {
  dayKey: string;
  /** Reviews that study day; 0 for padding cells. */
  count: number;
  /** 0 for no reviews; 1–4 by where the count falls among the year's study days (4 = busiest). */
  level: THeatmapLevel;
  /** 0 Monday … 6 Sunday: the row. */
  weekday: number;
  /**
   * False for the padding before the first day and after today that completes the first and last
   * weeks: draw nothing there, and leave it out of screen-reader text.
   */
  inRange: boolean;
};

export type THeatmap = {
  /** 53 columns, oldest first, each 7 cells Monday → Sunday. */
  weeks: THeatmapCell[][];
  /** Column of each month's first day (in range), for labels above the grid. `monthKey` is "YYYY-MM". */
  months: { weekIndex: number; monthKey: string }[];
  /** Count range of each level that occurs, for the legend ("1–4 reviews"). Ascending by level. */
  legend: { level: 1 | 2 | 3 | 4; min: number; max: number }[];
  firstDayKey: string;
  lastDayKey: string;
  totals: {
    /** Always 365. */
    days: number;
    daysStudied: number;
    /** daysStudied / 365, 0–1. */
    studiedShare: number;
    reviews: number;
    /** reviews / daysStudied, or null when nothing was studied. */
    averagePerStudiedDay: number | null;
  };
  /** No review in the last 365 days. */
  isEmpty: boolean;
};

/**
 * A year of study as a GitHub-style calendar: the last 365 study days ending `todayKey`, laid out as
 * 53 Monday-based weeks, with totals for the text summary beside it.
 *
 * Input: review counts per day key (SQL: `SELECT <day key> AS "dayKey", COUNT(*) AS count ... WHERE
 * <day key> >= firstDayKey GROUP BY 1`, or `countByDayKey`). Rows outside the range are ignored;
 * duplicate keys add up.
 *
 * Levels are quantiles of the non-zero days: level = ⌈4 × (share of study days with a count ≤ this
 * one)⌉, so the busiest day is always 4 and a year of equal days is all 4; one heavy day does not
 * wash the rest out the way fixed thresholds would.
 *
 * @example
 * const heatmap = buildHeatmap([{ dayKey: "2024-03-10", count: 12 }], "2024-03-10");
 * heatmap.weeks.length;       // 53
 * heatmap.weeks[52][6];       // { dayKey: "2024-03-10", count: 12, level: 4, weekday: 6, inRange: true }
 * heatmap.totals.daysStudied; // 1
 */
export function buildHeatmap(days: readonly TDayCount[], todayKey: string): THeatmap {
  const range = getHeatmapRange(todayKey);
  const first = parseDayKey(range.firstDayKey);
  const today = parseDayKey(todayKey);
  const gridStart = parseDayKey(range.gridStartKey);
  const counts = indexDayCounts(days);

  const nonZero: number[] = [];
  for (let day = first; day <= today; day += 1) {
    const count = counts.get(day) ?? 0;
    if (count > 0) nonZero.push(count);
  }
  nonZero.sort((a, b) => a - b);
  const levelOf = (count: number): THeatmapLevel => {
    if (count === 0) return 0;
    // Values ≤ count: first index holding a larger value (binary search, upper bound).
    let lo = 0;
    let hi = nonZero.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (nonZero[mid] <= count) lo = mid + 1;
      else hi = mid;
    }
    // Integer division result is exact, so no float noise pushes 1.0 up to 2.
    return Math.max(1, Math.ceil((4 * lo) / nonZero.length)) as THeatmapLevel;
  };

  const weeks: THeatmapCell[][] = [];
  const months: THeatmap["months"] = [];
  const legend = new Map<number, { min: number; max: number }>();
  for (let w = 0; w < HEATMAP_WEEKS; w += 1) {
    const week: THeatmapCell[] = [];
    for (let d = 0; d < 7; d += 1) {
      const day = gridStart + w * 7 + d;
      const inRange = day >= first && day <= today;
      const count = inRange ? (counts.get(day) ?? 0) : 0;
      const level = levelOf(count);
      const dayKey = formatDayKey(day);
      week.push({ dayKey, count, level, weekday: getWeekday(day), inRange });
      if (inRange && dayKey.endsWith("-01")) months.push({ weekIndex: w, monthKey: dayKey.slice(0, 7) });
      if (level > 0) {
        const entry = legend.get(level);
        if (!entry) legend.set(level, { min: count, max: count });
        else legend.set(level, { min: Math.min(entry.min, count), max: Math.max(entry.max, count) });
      }
    }
    weeks.push(week);
  }

  const reviews = nonZero.reduce((sum, n) => sum + n, 0);
  return {
    weeks,
    months,
    legend: [...legend]
      .sort(([a], [b]) => a - b)
      .map(([level, { min, max }]) => ({ level: level as 1 | 2 | 3 | 4, min, max })),
    firstDayKey: range.firstDayKey,
    lastDayKey: range.lastDayKey,
    totals: {
      days: HEATMAP_DAYS,
      daysStudied: nonZero.length,
      studiedShare: nonZero.length / HEATMAP_DAYS,
      reviews,
      averagePerStudiedDay: nonZero.length === 0 ? null : reviews / nonZero.length,
    },
    isEmpty: nonZero.length === 0,
  };
}
