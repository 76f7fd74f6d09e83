/**
 * The message a refused reader sees, with the wait rounded up to whole minutes (seconds under a minute).
 *
 * @example formatRetryAfter("Too many sign-in attempts.", 125) // → "Too many sign-in attempts. Try again in 3 minutes."
 */
export function formatRetryAfter(what: string, retryAfterSeconds: number): string {
  const s = Math.max(1, Math.ceil(retryAfterSeconds));
  if (s < 60) return `${what} Try again in ${s} second${s === 1 ? "" : "s"}.`;
  const m = Math.ceil(s / 60);
  return `${what} Try again in ${m} minute${m === 1 ? "" : "s"}.`;
}
