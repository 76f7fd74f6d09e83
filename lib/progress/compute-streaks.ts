import { formatDayKey } from "./format-day-key";
import { parseDayKey } from "./parse-day-key";

export type TStreaks = {
  /**
   * Consecutive study days ending today, or ending yesterday when nothing is studied yet today: a
   * streak is not broken until the day is over (Anki, Duolingo). 0 when yesterday and today are empty.
   */
  current: number;
  /** Longest run of consecutive study days ever (≥ current). */
  best: number;
  studiedToday: boolean;
  /** The streak is alive but ends tonight unless today gets a review: "study today to keep it". */
  atRisk: boolean;
  /** Most recent study day up to today, or null. */
  lastStudiedDayKey: string | null;
  /** No study day at all: show the empty state instead of "0 days". */
  isEmpty: boolean;
};

/**
 * Current and best streaks from the day keys that have at least one review (from SQL:
 * `SELECT DISTINCT <day key> FROM "ReviewLog" WHERE "userId" = $1`, same time zone and day start
 * hour as `todayKey`). Duplicates and order do not matter. Keys after `todayKey` (reviews logged
 * under another time zone, clock skew) are ignored.
 *
 * @throws ProgressError INVALID_DAY_KEY for a malformed key.
 *
 * @example
 * computeStreaks(["2024-03-08", "2024-03-09"], "2024-03-10");
 * // { current: 2, best: 2, studiedToday: false, atRisk: true, lastStudiedDayKey: "2024-03-09", isEmpty: false }
 */
export function computeStreaks(studiedDayKeys: Iterable<string>, todayKey: string): TStreaks {
  const today = parseDayKey(todayKey);
  const days = new Set<number>();
  for (const key of studiedDayKeys) {
    const day = parseDayKey(key);
    if (day <= today) days.add(day);
  }
  const sorted = [...days].sort((a, b) => a - b);

  let best = 0;
  let run = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    run = i > 0 && sorted[i] === sorted[i - 1] + 1 ? run + 1 : 1;
    if (run > best) best = run;
  }

  const studiedToday = days.has(today);
  let current = 0;
  for (let day = studiedToday ? today : today - 1; days.has(day); day -= 1) current += 1;

  const last = sorted.length > 0 ? sorted[sorted.length - 1] : null;
  return {
    current,
    best,
    studiedToday,
    atRisk: current > 0 && !studiedToday,
    lastStudiedDayKey: last === null ? null : formatDayKey(last),
    isEmpty: sorted.length === 0,
  };
}
