/** From `fromSec` (Unix seconds) on, local time is UTC + `offsetSec`, until the next interval. */
export type TOffsetInterval = { fromSec: number; offsetSec: number };

const HOUR = 3600;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The UTC offset, in seconds, of a time zone at an instant. */
export function getOffsetSeconds(timeZone: string, atSec: number): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(atSec * 1000)).map((x) => [x.type, x.value]));
  const local = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) / 1000;
  return Math.round(local - atSec);
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
  // Offsets change at most a few times a year: probe every 6 hours, then bisect each change to the second.
  for (let t = fromSec; t < toSec; t += 6 * HOUR) {
    const next = Math.min(t + 6 * HOUR, toSec);
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
