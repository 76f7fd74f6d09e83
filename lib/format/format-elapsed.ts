/**
 * A short elapsed time to the second: "45 s", "3 min 12 s" (session and quiz summaries).
 *
 * @example
 * formatElapsed(192_000) // "3 min 12 s"
 */
export function formatElapsed(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}
