import { offsetAt } from "../scheduling/get-utc-offset";

/** From `fromSec` (Unix seconds) on, local time is UTC + `offsetSec`, until the next interval. */
export type TOffsetInterval = { fromSec: number; offsetSec: number };

const HOUR = 3600;
const PROBE = 7 * 24 * HOUR;

/** The UTC offset, in seconds, of a time zone at an instant (Unix seconds). */
export function getOffsetSeconds(timeZone: string, atSec: number): number {
  return Math.round(offsetAt(atSec * 1000, timeZone) / 1000);
}

/**
 * The time zone's UTC offsets between two instants, as intervals that start where the offset changes
 * (daylight-saving transitions), found to the second. Lets a database group instants into local days
 * with a plain CASE expression, in SQLite as in PostgreSQL.
 *
 * @example
 * listOffsetIntervals(Date.parse("2024-03-01")/1000, Date.parse("2024-04-01")/1000, "America/New_York")
 * // [{ fromSec: -Infinity, offsetSec: -18000 }, { fromSec: 1710054000, offsetSec: -14400 }]
 */
export function listOffsetIntervals(fromSec: number, toSec: number, timeZone: string): TOffsetInterval[] {
  const out: TOffsetInterval[] = [{ fromSec: -Infinity, offsetSec: getOffsetSeconds(timeZone, fromSec) }];
  // Offsets change at most a few times a year, and in the years a study app covers never less than weeks
  // apart (the closest are Ramadan suspensions of daylight saving, about a month long): probe once a week,
  // then bisect each change to the second. Each probe is an Intl call; daily probes cost the progress page
  // ~8 ms for nothing.
  for (let t = fromSec; t < toSec; t += PROBE) {
    const next = Math.min(t + PROBE, toSec);
    const after = getOffsetSeconds(timeZone, next);
    if (after === out[out.length - 1].offsetSec) continue;
    let lo = t;
    let hi = next;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (getOffsetSeconds(timeZone, mid) === after) hi = mid;
      else lo = mid;
    }
    out.push({ fromSec: hi, offsetSec: after });
  }
  return out;
}
