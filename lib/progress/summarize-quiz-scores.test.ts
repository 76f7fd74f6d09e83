import { describe, expect, test } from "vitest";
import { SchedulingError } from "../scheduling/scheduling-error";
import { summarizeQuizScores } from "./summarize-quiz-scores";

const at = (iso: string) => new Date(iso);

describe("summarizeQuizScores", () => {
  test("points oldest first with best, average, latest and change", () => {
    const scores = summarizeQuizScores([
      { id: "b", startedAt: at("2024-03-08T10:00:00Z"), finishedAt: at("2024-03-08T10:05:00Z"), total: 10, correct: 9 },
      { id: "a", startedAt: at("2024-03-01T10:00:00Z"), total: 10, correct: 6 },
      { id: "c", startedAt: at("2024-03-09T10:00:00Z"), total: 4, correct: 2 },
    ]);
    expect(scores.points.map((p) => [p.id, p.score])).toEqual([["a", 0.6], ["b", 0.9], ["c", 0.5]]);
    expect(scores.best).toBe(0.9);
    expect(scores.average).toBeCloseTo((0.6 + 0.9 + 0.5) / 3, 12);
    expect(scores.latest).toBe(0.5);
    expect(scores.change).toBeCloseTo(-0.4, 12);
    expect(scores.isEmpty).toBe(false);
  });

  test.each([
    ["unfinished attempt", { startedAt: at("2024-03-01T10:00:00Z"), finishedAt: null, total: 10, correct: 0 }],
    ["attempt without questions", { startedAt: at("2024-03-01T10:00:00Z"), total: 0, correct: 0 }],
    ["non-finite total", { startedAt: at("2024-03-01T10:00:00Z"), total: Number.NaN, correct: 1 }],
  ])("skips an %s", (_name, attempt) => {
    expect(summarizeQuizScores([attempt])).toEqual({
      points: [],
      best: null,
      average: null,
      latest: null,
      change: null,
      isEmpty: true,
    });
  });

  test.each([
    [12, 1],
    [-3, 0],
    [7, 0.7],
  ])("clamps %i correct of 10 to a score of %f", (correct, score) => {
    expect(summarizeQuizScores([{ startedAt: at("2024-03-01T10:00:00Z"), total: 10, correct }]).latest).toBe(score);
  });

  test("one attempt has no change yet; a point without id has no id key", () => {
    const scores = summarizeQuizScores([{ startedAt: at("2024-03-01T10:00:00Z"), total: 5, correct: 5 }]);
    expect(scores.change).toBeNull();
    expect(scores.points[0]).toEqual({ startedAt: at("2024-03-01T10:00:00Z"), correct: 5, total: 5, score: 1 });
  });

  test("refuses an invalid start date", () => {
    expect(() => summarizeQuizScores([{ startedAt: new Date("x"), total: 1, correct: 1 }])).toThrow(SchedulingError);
  });
});
