import { toDayKey } from "./to-day-key";

/** How many things fall on one study day: the row shape every day-based summary here takes. */
export type TDayCount = { dayKey: string; count: number };

/**
 * Counts instants per study day, sorted by day key. For the places the grouping cannot happen in SQL
 * (SQLite has no IANA time zones) or the rows are few anyway: card due dates for `buildFutureDue`,
 * review times for `buildHeatmap` and `computeStreaks`.
 *
 * @example
 * countByDayKey([new Date("2024-03-10T06:30:00Z"), new Date("2024-03-10T12:00:00Z")], "America/New_York", 4);
 * // [{ dayKey: "2024-03-09", count: 1 }, { dayKey: "2024-03-10", count: 1 }]
 */
export function countByDayKey(instants: Iterable<Date>, timeZone: string, dayStartHour: number): TDayCount[] {
  const counts = new Map<string, number>();
  for (const instant of instants) {
    const key = toDayKey(instant, timeZone, dayStartHour);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([dayKey, count]) => ({ dayKey, count }));
}
