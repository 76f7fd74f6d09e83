/** One rate limit: at most `limit` hits in any `windowMs` (estimated with a sliding window, see below). */
export type RateLimit = { limit: number; windowMs: number };

/** The number of the fixed window that holds `now` (windows start at the Unix epoch). */
export function windowNumber(now: Date, windowMs: number): number {
  return Math.floor(now.getTime() / windowMs);
}

export type SlidingWindowVerdict = {
  allowed: boolean;
  /** Hits counted in the sliding window ending now, this one included. */
  estimate: number;
  /** When refused: whole seconds until a hit would be allowed, if no other hit comes meanwhile (at least 1). */
  retryAfterSeconds: number;
};

/**
 * The sliding-window-counter rule: the hits of the previous fixed window count in proportion to the part of
 * it that still lies inside the sliding window ending now, plus every hit of the current window. A hit is
 * allowed while that estimate, the hit included, is at most the limit. `current` already includes the hit
 * being judged (the caller counts it atomically first).
 *
 * @example
 * // 10 per minute; 40 s into the window, 9 hits in the previous one and 4 in this one (this hit included):
 * judgeSlidingWindow({ limit: 10, windowMs: 60_000 }, { previous: 9, current: 4 }, 40_000)
 * // → { allowed: true, estimate: 7, retryAfterSeconds: 0 }   (9 × 20/60 + 4)
 */
export function judgeSlidingWindow(rule: RateLimit, counts: { previous: number; current: number }, elapsedMs: number): SlidingWindowVerdict {
  const { limit, windowMs } = rule;
  const { previous, current } = counts;
  const weight = (windowMs - elapsedMs) / windowMs;
  const estimate = previous * weight + current;
  if (estimate <= limit) return { allowed: true, estimate, retryAfterSeconds: 0 };
  return { allowed: false, estimate, retryAfterSeconds: Math.max(1, Math.ceil(waitMs(rule, previous, current - 1, elapsedMs) / 1000)) };
}

/** Time from `elapsedMs` until one more hit fits, given the counts without that hit. */
function waitMs({ limit, windowMs }: RateLimit, previous: number, current: number, elapsedMs: number): number {
  // Within this window: previous × (1 − t/W) + current + 1 ≤ limit  ⇔  t ≥ W × (1 − (limit − 1 − current) / previous).
  if (current + 1 <= limit && previous > 0) {
    const t = windowMs * (1 - (limit - 1 - current) / previous);
    if (t < windowMs) return Math.max(0, t - elapsedMs);
  }
  // In the next window this window's hits become the previous ones: current × (1 − t/W) + 1 ≤ limit.
  const next = current > 0 ? windowMs * Math.max(0, 1 - (limit - 1) / current) : 0;
  return windowMs - elapsedMs + next;
}
