import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { computeTrueRetention, type TRetentionBucket } from "./compute-true-retention";
import { ProgressError } from "./progress-error";

const TODAY = "2024-03-10";

describe("computeTrueRetention", () => {
  test("empty: six rows, zero counts, null retention, isEmpty", () => {
    const { rows, isEmpty } = computeTrueRetention([], TODAY);
    expect(isEmpty).toBe(true);
    expect(rows.map((r) => r.period)).toEqual(["today", "yesterday", "week", "month", "year", "all"]);
    for (const row of rows) {
      for (const c of [row.young, row.mature, row.all]) expect(c).toEqual({ passed: 0, failed: 0, retention: null });
    }
  });

  const buckets: TRetentionBucket[] = [
    { dayKey: "2024-03-10", mature: true, passed: 9, failed: 1 }, // today
    { dayKey: "2024-03-10", mature: false, passed: 3, failed: 1 },
    { dayKey: "2024-03-09", mature: false, passed: 1, failed: 1 }, // yesterday
    { dayKey: "2024-03-04", mature: true, passed: 5, failed: 0 }, // 6 days ago: last of the week
    { dayKey: "2024-03-03", mature: false, passed: 2, failed: 2 }, // 7 days ago: month, not week
    { dayKey: "2024-02-10", mature: true, passed: 4, failed: 0 }, // 29 days ago: last of the month
    { dayKey: "2024-02-09", mature: true, passed: 1, failed: 0 }, // 30 days ago: year, not month
    { dayKey: "2023-03-12", mature: false, passed: 0, failed: 3 }, // 364 days ago: last of the year
    { dayKey: "2023-03-11", mature: false, passed: 7, failed: 0 }, // 365 days ago: all time only
    { dayKey: "2024-03-11", mature: true, passed: 0, failed: 5 }, // tomorrow (clock skew): all time only
  ];

  test.each([
    // period, young passed/failed, mature passed/failed
    ["today", [3, 1], [9, 1]],
    ["yesterday", [1, 1], [0, 0]],
    ["week", [4, 2], [14, 1]],
    ["month", [6, 4], [18, 1]],
    ["year", [6, 7], [19, 1]],
    ["all", [13, 7], [19, 6]],
  ] as const)("%s", (period, [yp, yf], [mp, mf]) => {
    const row = computeTrueRetention(buckets, TODAY).rows.find((r) => r.period === period)!;
    const retention = (p: number, f: number) => (p + f === 0 ? null : p / (p + f));
    expect(row.young).toEqual({ passed: yp, failed: yf, retention: retention(yp, yf) });
    expect(row.mature).toEqual({ passed: mp, failed: mf, retention: retention(mp, mf) });
    expect(row.all).toEqual({ passed: yp + mp, failed: yf + mf, retention: retention(yp + mp, yf + mf) });
  });

  test("labels read as a table", () => {
    expect(computeTrueRetention([], TODAY).rows.map((r) => r.label)).toEqual([
      "Today", "Yesterday", "Last 7 days", "Last 30 days", "Last 365 days", "All time",
    ]);
  });

  test("a bucket with zero reviews does not make the table non-empty", () => {
    expect(computeTrueRetention([{ dayKey: TODAY, mature: true, passed: 0, failed: 0 }], TODAY).isEmpty).toBe(true);
  });

  test("retention is never NaN and always within 0–1", () => {
    const bucket = fc.record({
      dayKey: fc.integer({ min: -800, max: 5 }).map((offset) => new Date(Date.UTC(2024, 2, 10 + offset)).toISOString().slice(0, 10)),
      mature: fc.boolean(),
      passed: fc.nat(50),
      failed: fc.nat(50),
    });
    fc.assert(
      fc.property(fc.array(bucket, { maxLength: 30 }), (rows) => {
        for (const row of computeTrueRetention(rows, TODAY).rows) {
          for (const c of [row.young, row.mature, row.all]) {
            if (c.passed + c.failed === 0) expect(c.retention).toBeNull();
            else {
              expect(c.retention).toBeGreaterThanOrEqual(0);
              expect(c.retention).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  test.each([
    [{ dayKey: TODAY, mature: true, passed: -1, failed: 0 }],
    [{ dayKey: TODAY, mature: true, passed: 1, failed: Number.NaN }],
    [{ dayKey: "yesterday", mature: true, passed: 1, failed: 0 }],
  ])("refuses %j", (bucket) => {
    expect(() => computeTrueRetention([bucket], TODAY)).toThrow(ProgressError);
  });
});
