import { describe, expect, test } from "vitest";
import { auditGrades, GradeLedger } from "./grade-ledger";
import { LatencyStats, percentile } from "./latency-stats";

describe("percentile and LatencyStats", () => {
  test.each([
    [[], 50, 0],
    [[7], 99, 7],
    [[1, 2, 3, 4], 50, 2],
    [[1, 2, 3, 4], 99, 4],
    [Array.from({ length: 100 }, (_, i) => i + 1), 99, 99],
  ])("percentile(%j, %i) = %i", (xs, p, expected) => expect(percentile(xs, p)).toBe(expected));

  test("figures per action and overall, errors counted apart from answered requests", () => {
    const s = new LatencyStats();
    for (const ms of [10, 20, 30, 40]) s.record("grade", ms);
    s.record("queue", 5);
    s.fail("grade");
    const rows = s.figures(2);
    expect(rows.find((r) => r.action === "grade")).toEqual({ action: "grade", count: 4, perSecond: 2, p50: 20, p99: 40, errors: 1 });
    expect(rows.at(-1)).toMatchObject({ action: "all", count: 5, errors: 1, p50: 20 });
  });
});

describe("auditGrades", () => {
  function ledger() {
    const l = new GradeLedger();
    for (const k of ["a1", "a2", "a3"]) {
      l.send("A", k);
      l.acknowledge("A", k);
    }
    l.send("B", "b1");
    l.acknowledge("B", "b1");
    l.send("B", "b2"); // sent, never answered: stored or not, it is neither lost nor doubled
    return l;
  }

  test("every acknowledged grade stored once, the undone one gone: nothing lost or doubled", () => {
    const l = ledger();
    expect(l.undo("A")).toBe("a3");
    expect(auditGrades(l, ["a1", "a2", "b1", "b2"])).toEqual({ acknowledged: 4, undone: 1, stored: 4, lost: 0, doubled: 0, undoneButStored: 0, unknown: 0 });
  });

  test.each([
    ["a lost grade", ["a1", "b1"], { lost: 1 }],
    ["a doubled grade", ["a1", "a2", "a3", "a3", "b1"], { doubled: 1 }],
    ["an undone grade still stored", ["a1", "a2", "a3", "b1"], { undoneButStored: 1 }],
    ["a log no reader sent", ["a1", "a2", "b1", "zz", null], { unknown: 2 }],
  ])("finds %s", (_name, stored, expected) => {
    const l = ledger();
    l.undo("A");
    expect(auditGrades(l, stored)).toMatchObject(expected);
  });

  test("an undo without an answer excuses its grade either way and ends that reader's undos", () => {
    const l = ledger();
    l.undoUnknown("A");
    expect(l.canUndo("A")).toBe(false);
    expect(auditGrades(l, ["a1", "a2", "a3", "b1"])).toMatchObject({ lost: 0, undoneButStored: 0 });
    expect(auditGrades(l, ["a1", "a2", "b1"])).toMatchObject({ lost: 0, undoneButStored: 0 });
    expect(auditGrades(l, ["a1", "b1"])).toMatchObject({ lost: 1 });
  });
});
