/**
 * Monday-based weekday of a day number (days since 1970-01-01, from `parseDayKey`): 0 Monday … 6 Sunday.
 *
 * @example
 * getWeekday(parseDayKey("2024-03-10")); // 6, a Sunday
 */
export function getWeekday(dayNumber: number): number {
  // 1970-01-01 was a Thursday (3).
  return (((dayNumber + 3) % 7) + 7) % 7;
}
