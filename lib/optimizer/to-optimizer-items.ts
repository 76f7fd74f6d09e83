import { listOffsetIntervals } from "../progress/list-offset-intervals";
import type { TOptimizerItem, TOptimizerLog, TOptimizerReview } from "./types";

const DAY_SEC = 86_400;

/** The study-day number (days since 1970-01-01) of each log, in the reader's time zone and day start. */
function studyDays(sorted: TOptimizerLog[], timeZone: string, dayStartHour: number): number[] {
  if (sorted.length === 0) return [];
  const first = Math.floor(sorted[0].review.getTime() / 1000);
  const last = Math.ceil(sorted[sorted.length - 1].review.getTime() / 1000);
  const intervals = listOffsetIntervals(first - DAY_SEC, last + DAY_SEC, timeZone);
  let k = 0;
  return sorted.map((log) => {
    const sec = Math.floor(log.review.getTime() / 1000);
    while (k + 1 < intervals.length && sec >= intervals[k + 1].fromSec) k++;
    return Math.floor((sec + intervals[k].offsetSec - dayStartHour * 3600) / DAY_SEC);
  });
}

/** The entries from the start of the card's last (re)introduction: the last run of New/Learning states. */
function fromLastStart<T extends { state: number }>(entries: T[]): T[] {
  let start = -1;
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].state === 0 || entries[i].state === 1) start = i;
    else if (start !== -1) break;
  }
  return start === -1 ? [] : entries.slice(start);
}

/**
 * Turns a reader's review log into the FSRS optimizer's training items, the way the optimizer's own CSV
 * converter (`convertCsvToFsrsItems`) does: logs grouped per card and sorted by time; manual entries (resets,
 * reschedules: rating 0) dropped; each card's history taken from its last introduction (the last run of
 * New/Learning states, so a reset card starts over); days counted as study days in the reader's time zone
 * with the day starting at `dayStartHour`; then one item per review after the first, holding the card's
 * history up to that review, kept only when the history spans at least one day. Items come sorted by the
 * time of their last review, the order a time-series split needs.
 *
 * @example
 * toOptimizerItems([
 *   { cardId: "a", review: new Date("2024-01-01T10:00Z"), rating: 3, state: 0 },
 *   { cardId: "a", review: new Date("2024-01-03T10:00Z"), rating: 3, state: 2 },
 * ], "UTC", 4);
 * // [{ reviews: [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 2 }], at: Date.parse("2024-01-03T10:00Z") }]
 */
export function toOptimizerItems(logs: readonly TOptimizerLog[], timeZone: string, dayStartHour: number): TOptimizerItem[] {
  const graded = logs.filter((l) => l.rating >= 1 && l.rating <= 4 && Number.isFinite(l.review.getTime()));
  const sorted = [...graded].sort((a, b) => a.review.getTime() - b.review.getTime());
  const days = studyDays(sorted, timeZone, dayStartHour);
  const perCard = new Map<string, { rating: number; state: number; day: number; at: number }[]>();
  sorted.forEach((log, i) => {
    const list = perCard.get(log.cardId) ?? [];
    list.push({ rating: log.rating, state: log.state, day: days[i], at: log.review.getTime() });
    perCard.set(log.cardId, list);
  });
  const items: TOptimizerItem[] = [];
  for (const entries of perCard.values()) {
    const history = fromLastStart(entries);
    const reviews: TOptimizerReview[] = history.map((e, i) => ({
      rating: e.rating,
      deltaT: i === 0 ? 0 : Math.max(0, e.day - history[i - 1].day),
    }));
    for (let i = 1; i < reviews.length; i++) {
      const prefix = reviews.slice(0, i + 1);
      if (prefix.some((r) => r.deltaT > 0)) items.push({ reviews: prefix, at: history[i].at });
    }
  }
  return items.sort((a, b) => a.at - b.at);
}
