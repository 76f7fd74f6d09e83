/** English month names, January first. */
export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** English weekday names, Sunday first (as `Date.getUTCDay`). */
export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/**
 * Formats a calendar day the way answers show it.
 *
 * @example
 * formatDay({ y: 2023, m: 12, d: 18 }, true) // "Monday, December 18, 2023"
 */
export function formatDay(ymd: { y?: number; m: number; d: number }, withWeekday: boolean): string {
  if (ymd.y === undefined) return `${MONTH_NAMES[ymd.m - 1]} ${ymd.d}`;
  const date = new Date(Date.UTC(ymd.y, ymd.m - 1, ymd.d));
  const core = `${MONTH_NAMES[ymd.m - 1]} ${ymd.d}, ${ymd.y}`;
  return withWeekday ? `${WEEKDAY_NAMES[date.getUTCDay()]}, ${core}` : core;
}

