/**
 * Time spent, for people: "45 s" under a minute, "3 min" under an hour, "1 h 20 min" or "2 h" above.
 * Rounded to whole seconds / minutes first, so 59.6 min reads "1 h", never "60 min". 0, negative and
 * non-finite input read "0 min".
 *
 * @example
 * formatDuration(180_000);   // "3 min"
 * formatDuration(4_800_000); // "1 h 20 min"
 * formatDuration(45_000);    // "45 s"
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return "0 min";
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return seconds === 0 ? "0 min" : `${seconds} s`;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
