import { assertCount } from "./assert-count";
import { parseDayKey } from "./parse-day-key";

/** Day number → summed count, for `{ dayKey, count }` rows (duplicate keys add up). */
export function indexDayCounts(rows: Iterable<{ dayKey: string; count: number }>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const row of rows) {
    const day = parseDayKey(row.dayKey);
    counts.set(day, (counts.get(day) ?? 0) + assertCount(row.count, `count on ${row.dayKey}`));
  }
  return counts;
}
