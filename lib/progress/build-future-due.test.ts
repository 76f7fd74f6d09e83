import { describe, expect, test } from "vitest";
import { buildFutureDue } from "./build-future-due";
import { countByDayKey } from "./count-by-day-key";
import { ProgressError } from "./progress-error";

describe("buildFutureDue", () => {
  test("empty: 30 zero days from today, isEmpty", () => {
    const due = buildFutureDue([], "2024-03-10");
    expect(due.days).toHaveLength(30);
    expect(due.days[0]).toEqual({ dayKey: "2024-03-10", count: 0, cumulative: 0 });
    expect(due.days[29].dayKey).toBe("2024-04-08");
    expect(due).toMatchObject({ overdue: 0, total: 0, later: 0, maxCount: 0, averagePerDay: 0, isEmpty: true });
  });

  test.each([
    // name, rows, days, counts per day, overdue, later
    ["overdue folds into today", [{ dayKey: "2024-03-01", count: 3 }, { dayKey: "2024-03-10", count: 1 }], 3, [4, 0, 0], 3, 0],
    ["after the window is 'later'", [{ dayKey: "2024-03-12", count: 2 }, { dayKey: "2024-03-13", count: 5 }], 3, [0, 0, 2], 0, 5],
    ["duplicate keys add up", [{ dayKey: "2024-03-11", count: 2 }, { dayKey: "2024-03-11", count: 1 }], 2, [0, 3], 0, 0],
    ["one-day window", [{ dayKey: "2024-02-01", count: 1 }, { dayKey: "2024-03-11", count: 1 }], 1, [1], 1, 1],
  ])("%s", (_name, rows, days, counts, overdue, later) => {
    const due = buildFutureDue(rows, "2024-03-10", days);
    expect(due.days.map((d) => d.count)).toEqual(counts);
    let running = 0;
    expect(due.days.map((d) => d.cumulative)).toEqual(counts.map((c) => (running += c)));
    expect(due.overdue).toBe(overdue);
    expect(due.later).toBe(later);
    expect(due.total).toBe(running);
    expect(due.maxCount).toBe(Math.max(...counts));
    expect(due.averagePerDay).toBe(running / days);
  });

  // Card due dates grouped in the reader's zone: a card due before the day start belongs to the day before.
  test.each([
    // zone, hour, today, expected counts for today + 2 days, overdue, later
    ["America/New_York", 4, "2024-03-09", [2, 2, 0], 1, 1], // 03:30 EDT on the 10th is still the 9th
    ["America/New_York", 0, "2024-03-09", [1, 3, 0], 1, 1],
    ["America/New_York", 4, "2024-03-10", [4, 0, 0], 2, 1], // a day later the 03:30 EDT card is overdue too
    ["Asia/Kolkata", 4, "2024-03-10", [4, 0, 0], 1, 1], // 07:30Z is 13:00 IST on the 10th
    ["Asia/Kolkata", 0, "2024-03-09", [1, 3, 0], 1, 1],
    ["UTC", 4, "2024-03-10", [4, 0, 0], 1, 1],
  ])("%s, day start %i h, today %s", (zone, hour, today, counts, overdue, later) => {
    const dues = [
      "2024-03-01T12:00:00Z", // long overdue
      "2024-03-10T07:30:00Z",
      "2024-03-10T08:00:00Z",
      "2024-03-10T12:00:00Z",
      "2024-05-01T12:00:00Z", // beyond the window
    ].map((t) => new Date(t));
    const due = buildFutureDue(countByDayKey(dues, zone, hour), today, 3);
    expect(due.days.map((d) => d.count)).toEqual(counts);
    expect(due.overdue).toBe(overdue);
    expect(due.later).toBe(later);
  });

  test.each([0, -1, 1.5, 3651])("refuses %s days", (days) => {
    expect(() => buildFutureDue([], "2024-03-10", days)).toThrow(ProgressError);
  });

  test("refuses a negative count", () => {
    expect(() => buildFutureDue([{ dayKey: "2024-03-10", count: -2 }], "2024-03-10")).toThrow(ProgressError);
  });
});
