const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * The "YYYY-MM-DD" key of a day number (days since 1970-01-01): the inverse of `parseDayKey`.
 *
 * @example
 * formatDayKey(19_792); // "2024-03-10"
 */
export function formatDayKey(dayNumber: number): string {
  const date = new Date(dayNumber * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
