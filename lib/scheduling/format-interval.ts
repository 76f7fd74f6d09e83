const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

function oneDecimal(value: number, unit: string): string {
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}${unit}`;
}

/**
 * Formats a time span the way Anki labels its answer buttons: "<1m", "10m", "1.5h", "1d", "3d",
 * "2.1mo" (30-day months from 30 days on), "1.2y" (365-day years from 365 days on). Negative spans
 * count as zero.
 *
 * @example
 * formatInterval(10 * 60_000);          // "10m"
 * formatInterval(63 * 24 * 3_600_000);  // "2.1mo"
 */
export function formatInterval(ms: number): string {
  const span = Math.max(0, ms);
  if (span < MINUTE) return "<1m";
  if (span < HOUR) return `${Math.round(span / MINUTE)}m`;
  if (span < DAY) return oneDecimal(span / HOUR, "h");
  if (span < MONTH) return oneDecimal(span / DAY, "d");
  if (span < YEAR) return oneDecimal(span / MONTH, "mo");
  return oneDecimal(span / YEAR, "y");
}
