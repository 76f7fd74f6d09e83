import { formatDayKey } from "./format-day-key";
import { getWeekday } from "./get-weekday";
import { parseDayKey } from "./parse-day-key";

/** Days the heatmap covers, ending today. */
export const HEATMAP_DAYS = 365;
/** Columns of the grid: 365 days plus the padding that completes the first and last Monday-based weeks. */
export const HEATMAP_WEEKS = 53;

export type THeatmapRange = {
  /** First day with data: today − 364. Query reviews with day key ≥ this. */
  firstDayKey: string;
  /** Today. */
  lastDayKey: string;
  /** Monday that opens the first column (≤ firstDayKey). */
  gridStartKey: string;
  /** Sunday that closes the last column (≥ lastDayKey). */
  gridEndKey: string;
};

/**
 * The days the heatmap shows for `todayKey`: the bounds for its query, and the Monday-to-Sunday grid
 * around them. Since 364 = 52 × 7, the grid is always exactly 53 weeks.
 *
 * @example
 * getHeatmapRange("2024-03-10"); // a Sunday
 * // { firstDayKey: "2023-03-12", lastDayKey: "2024-03-10", gridStartKey: "2023-03-06", gridEndKey: "2024-03-10" }
 */
export function getHeatmapRange(todayKey: string): THeatmapRange {
  const today = parseDayKey(todayKey);
  const first = today - (HEATMAP_DAYS - 1);
  return {
    firstDayKey: formatDayKey(first),
    lastDayKey: formatDayKey(today),
    gridStartKey: formatDayKey(first - getWeekday(first)),
    gridEndKey: formatDayKey(today + 6 - getWeekday(today)),
  };
}
