/** How long the review page works from the cards it holds before asking the server again. */
export const HELD_QUEUE_MS = 10 * 60_000;

const DAY_MS = 86_400_000;

/**
 * Whether cards fetched from the server at `fetchedAt` may still be picked from at `now`: for less than
 * ten minutes, and on the same UTC day (ts-fsrs counts elapsed days by UTC date, so across UTC midnight
 * the held intervals would be a day off). A clock that went backwards counts as stale.
 *
 * @example
 * isHeldQueueFresh(new Date("2024-03-01T12:00:00Z"), new Date("2024-03-01T12:09:59Z")) // true
 * isHeldQueueFresh(new Date("2024-03-01T23:58:00Z"), new Date("2024-03-02T00:01:00Z")) // false: a new UTC day
 */
export function isHeldQueueFresh(fetchedAt: Date, now: Date): boolean {
  const age = now.getTime() - fetchedAt.getTime();
  if (!(age >= 0 && age < HELD_QUEUE_MS)) return false;
  return Math.floor(now.getTime() / DAY_MS) === Math.floor(fetchedAt.getTime() / DAY_MS);
}
