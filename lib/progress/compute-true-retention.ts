import { assertCount } from "./assert-count";
import { parseDayKey } from "./parse-day-key";

/**
 * Review-state answers of one study day, split by maturity. SQL (answers in the Review state only):
 * `SELECT <day key> AS "dayKey", "scheduledDays" >= 21 AS mature,
 *    SUM(CASE WHEN rating >= 2 THEN 1 ELSE 0 END) AS passed, SUM(CASE WHEN rating = 1 THEN 1 ELSE 0 END) AS failed
 *  FROM "ReviewLog" WHERE "userId" = $1 AND state = 2 AND rating BETWEEN 1 AND 4 GROUP BY 1, 2`.
 * One review maps to `{ dayKey, mature, passed: pass ? 1 : 0, failed: pass ? 0 : 1 }`.
 */
export type TRetentionBucket = { dayKey: string; mature: boolean; passed: number; failed: number };

export type TRetentionPeriod = "today" | "yesterday" | "week" | "month" | "year" | "all";

export type TRetentionCell = {
  passed: number;
  failed: number;
  /** passed / (passed + failed), 0–1; null when there were no reviews (never NaN). */
  retention: number | null;
};

export type TRetentionRow = {
  period: TRetentionPeriod;
  /** "Today", "Yesterday", "Last 7 days", "Last 30 days", "Last 365 days", "All time". */
  label: string;
  young: TRetentionCell;
  mature: TRetentionCell;
  all: TRetentionCell;
};

export type TTrueRetention = {
  /** The six periods in the order above; each includes today, except "yesterday". */
  rows: TRetentionRow[];
  /** No review-state answer ever: nothing to show yet. */
  isEmpty: boolean;
};

/** Periods as [first, last] day offsets from today (0 = today, -1 = yesterday). */
const PERIODS: { period: TRetentionPeriod; label: string; from: number; to: number }[] = [
  { period: "today", label: "Today", from: 0, to: 0 },
  { period: "yesterday", label: "Yesterday", from: -1, to: -1 },
  { period: "week", label: "Last 7 days", from: -6, to: 0 },
  { period: "month", label: "Last 30 days", from: -29, to: 0 },
  { period: "year", label: "Last 365 days", from: -364, to: 0 },
  { period: "all", label: "All time", from: -Infinity, to: Infinity },
];

const cell = (passed: number, failed: number): TRetentionCell => ({
  passed,
  failed,
  retention: passed + failed === 0 ? null : passed / (passed + failed),
});

/**
 * Anki's "true retention" table: the share of reviews of cards in the Review state answered Hard,
 * Good or Easy, for today, yesterday, the last 7, 30 and 365 days and all time, each split into
 * young (interval before the review < 21 days), mature (≥ 21) and all. Learning and relearning
 * answers are left out, as Anki does: they measure short-term memory, not retention.
 *
 * The buckets must already be restricted to Review-state answers (see `TRetentionBucket`); keys after
 * `todayKey` count towards "All time" only.
 *
 * @throws ProgressError for a malformed day key or a bad count.
 *
 * @example
 * const { rows } = computeTrueRetention(
 *   [{ dayKey: "2024-03-10", mature: true, passed: 9, failed: 1 }],
 *   "2024-03-10",
 * );
 * rows[0]; // { period: "today", label: "Today", young: { passed: 0, failed: 0, retention: null },
 *          //   mature: { passed: 9, failed: 1, retention: 0.9 }, all: { passed: 9, failed: 1, retention: 0.9 } }
 */
export function computeTrueRetention(buckets: readonly TRetentionBucket[], todayKey: string): TTrueRetention {
  const today = parseDayKey(todayKey);
  const sums = PERIODS.map(() => ({ youngPassed: 0, youngFailed: 0, maturePassed: 0, matureFailed: 0 }));
  let any = false;
  for (const bucket of buckets) {
    const offset = parseDayKey(bucket.dayKey) - today;
    const passed = assertCount(bucket.passed, `passed on ${bucket.dayKey}`);
    const failed = assertCount(bucket.failed, `failed on ${bucket.dayKey}`);
    if (passed + failed > 0) any = true;
    PERIODS.forEach(({ from, to }, i) => {
      if (offset < from || offset > to) return;
      if (bucket.mature) {
        sums[i].maturePassed += passed;
        sums[i].matureFailed += failed;
      } else {
        sums[i].youngPassed += passed;
        sums[i].youngFailed += failed;
      }
    });
  }
  return {
    rows: PERIODS.map(({ period, label }, i) => {
      const s = sums[i];
      return {
        period,
        label,
        young: cell(s.youngPassed, s.youngFailed),
        mature: cell(s.maturePassed, s.matureFailed),
        all: cell(s.youngPassed + s.maturePassed, s.youngFailed + s.matureFailed),
      };
    }),
    isEmpty: !any,
  };
}
