import { Rating } from "ts-fsrs";
import { describe, expect, test } from "vitest";
import { ProgressError } from "./progress-error";
import { summarizeAnswerButtons, type TAnswerButtonCount } from "./summarize-answer-buttons";

describe("summarizeAnswerButtons", () => {
  const rows: TAnswerButtonCount[] = [
    { kind: "learning", rating: Rating.Again, count: 5 },
    { kind: "learning", rating: Rating.Good, count: 15 },
    { kind: "young", rating: Rating.Again, count: 2 },
    { kind: "young", rating: Rating.Hard, count: 3 },
    { kind: "young", rating: Rating.Good, count: 10 },
    { kind: "young", rating: Rating.Easy, count: 5 },
    { kind: "mature", rating: Rating.Again, count: 1 },
    { kind: "mature", rating: Rating.Good, count: 8 },
    { kind: "mature", rating: Rating.Good, count: 1 }, // split rows add up
    { kind: "mature", rating: Rating.Manual, count: 9 }, // a reset, not an answer
  ];

  test.each([
    ["learning", { again: 5, hard: 0, good: 15, easy: 0 }, 20, 15],
    ["young", { again: 2, hard: 3, good: 10, easy: 5 }, 20, 18],
    ["mature", { again: 1, hard: 0, good: 9, easy: 0 }, 10, 9],
    ["all", { again: 8, hard: 3, good: 34, easy: 5 }, 50, 42],
  ] as const)("%s", (kind, counts, total, correct) => {
    const group = summarizeAnswerButtons(rows)[kind];
    expect(group.counts).toEqual(counts);
    expect(group.total).toBe(total);
    expect(group.correct).toBe(correct);
    expect(group.correctShare).toBe(correct / total);
    expect(group.shares).toEqual({
      again: counts.again / total,
      hard: counts.hard / total,
      good: counts.good / total,
      easy: counts.easy / total,
    });
  });

  test("empty: zero counts, null shares, isEmpty", () => {
    const summary = summarizeAnswerButtons([]);
    expect(summary.isEmpty).toBe(true);
    expect(summary.young).toEqual({
      counts: { again: 0, hard: 0, good: 0, easy: 0 },
      shares: { again: null, hard: null, good: null, easy: null },
      total: 0,
      correct: 0,
      correctShare: null,
    });
  });

  test("only mature answers: the other kinds stay null, not NaN", () => {
    const summary = summarizeAnswerButtons([{ kind: "mature", rating: Rating.Easy, count: 2 }]);
    expect(summary.learning.correctShare).toBeNull();
    expect(summary.mature.correctShare).toBe(1);
    expect(summary.isEmpty).toBe(false);
  });

  test.each([
    [{ kind: "review", rating: 3, count: 1 }],
    [{ kind: "toString", rating: 3, count: 1 }],
    [{ kind: "young", rating: 5, count: 1 }],
    [{ kind: "young", rating: 3, count: -1 }],
  ])("refuses %j", (row) => {
    expect(() => summarizeAnswerButtons([row as TAnswerButtonCount])).toThrow(ProgressError);
  });
});
