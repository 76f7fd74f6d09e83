import { parseDayKey } from "./parse-day-key";

/**
 * Calendar days from `fromKey` to `toKey`: positive when `toKey` is later, 0 for the same day.
 *
 * @example
 * countDaysBetween("2024-03-09", "2024-03-11"); // 2, across New York's 23-hour day
 * countDaysBetween("2024-03-11", "2024-03-09"); // -2
 */
export function countDaysBetween(fromKey: string, toKey: string): number {
  return parseDayKey(toKey) - parseDayKey(fromKey);
}
