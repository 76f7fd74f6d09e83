import { describe, expect, test } from "vitest";
import { gradeAnswer } from "./grade-answer";
import { summarizeAttempt, type AttemptAnswer } from "./summarize-attempt";
import type { QuizQuestion, QuizResponse } from "./types";

const START = new Date("2026-01-05T10:00:00Z");
const at = (seconds: number) => new Date(START.getTime() + seconds * 1000);

const typed = (id: string, answer: string): QuizQuestion => ({
  id, format: "typed", cardId: `card-${id}`, articleId: "a", prompt: `Prompt ${id}`, answer, aliases: [], wrongAnswers: [], sourceSentence: `Sentence ${id}.`,
});
const tf = (id: string, isTrue: boolean): QuizQuestion => ({
  id, format: "true_false", cardId: `card-${id}`, articleId: "a", statement: `Statement ${id}`, isTrue, shownValue: "x", answer: "x", sourceSentence: "s",
});
const matching: QuizQuestion = {
  id: "q5", format: "matching", relation: "event_date", cardIds: [], instruction: "Match each event to its date.",
  left: ["a", "b", "c", "d"], right: ["1", "2", "3", "4"], solution: [0, 1, 2, 3],
  pairs: ["a", "b", "c", "d"].map((l, i) => ({ left: l, right: String(i + 1), cardIds: [], sourceSentence: "" })),
};
const QUESTIONS = [typed("q1", "Ken Gause"), tf("q2", true), typed("q3", "Najin"), tf("q4", false), matching];

function answer(q: QuizQuestion, response: QuizResponse, seconds: number, overridden = false): AttemptAnswer {
  return { questionId: q.id, result: gradeAnswer(q, response), answeredAt: at(seconds), overridden };
}

describe("summarizeAttempt", () => {
  const [q1, q2, q3, q4, q5] = QUESTIONS;
  const full: AttemptAnswer[] = [
    answer(q1, { format: "typed", text: "Ken Gause" }, 10),
    answer(q2, { format: "true_false", value: false }, 25),
    answer(q3, { format: "typed", text: "Najim" }, 30),
    answer(q4, { format: "true_false", value: false }, 31),
    answer(q5, { format: "matching", pairs: [{ left: 0, right: 0 }, { left: 1, right: 1 }, { left: 2, right: 3 }] }, 61),
  ];

  test.each<[string, AttemptAnswer[], Date, Record<string, unknown>, string[]]>([
    [
      "a finished attempt",
      full,
      at(500),
      { total: 5, answered: 5, correctCount: 3, points: 3.5, percent: 70, durationMs: 61_000, finished: true },
      ["q2", "q5", "q1", "q3", "q4"],
    ],
    [
      "an unfinished attempt runs to now",
      full.slice(0, 2),
      at(100),
      { total: 5, answered: 2, correctCount: 1, points: 1, percent: 20, durationMs: 100_000, finished: false },
      ["q2", "q3", "q4", "q5", "q1"],
    ],
    [
      "an override on a typed answer counts as right",
      [{ ...answer(q3, { format: "typed", text: "Najinn port" }, 5), overridden: true }],
      at(9),
      { answered: 1, correctCount: 1, points: 1 },
      ["q1", "q2", "q4", "q5", "q3"],
    ],
    [
      "an override on true/false is ignored",
      [{ ...answer(q2, { format: "true_false", value: false }, 5), overridden: true }],
      at(9),
      { answered: 1, correctCount: 0, points: 0 },
      ["q2", "q1", "q3", "q4", "q5"],
    ],
    [
      "only the first answer to a question counts; unknown ids are ignored",
      [
        answer(q2, { format: "true_false", value: false }, 5),
        answer(q2, { format: "true_false", value: true }, 6),
        { ...answer(q2, { format: "true_false", value: true }, 7), questionId: "nope" },
      ],
      at(9),
      { answered: 1, correctCount: 0 },
      ["q2", "q1", "q3", "q4", "q5"],
    ],
    ["nothing answered", [], at(0), { answered: 0, percent: 0, durationMs: 0, finished: false }, ["q1", "q2", "q3", "q4", "q5"]],
    ["a clock before the start never gives negative time", [], new Date(START.getTime() - 5000), { durationMs: 0 }, ["q1", "q2", "q3", "q4", "q5"]],
  ])("%s", (_label, answers, now, expected, order) => {
    const summary = summarizeAttempt({ questions: QUESTIONS, answers, startedAt: START, now });
    expect(summary).toMatchObject(expected);
    expect(summary.items.map((item) => item.questionId)).toEqual(order);
  });

  test("per-question time, statuses and what to show", () => {
    const summary = summarizeAttempt({ questions: QUESTIONS, answers: full, startedAt: START, now: at(500) });
    const byId = Object.fromEntries(summary.items.map((item) => [item.questionId, item]));
    expect(byId.q1).toMatchObject({ status: "correct", timeMs: 10_000, prompt: "Prompt q1", answer: "Ken Gause" });
    expect(byId.q2).toMatchObject({ status: "missed", timeMs: 15_000, prompt: "Statement q2", expected: "True" });
    expect(byId.q3).toMatchObject({ status: "correct", timeMs: 5_000 });
    expect(byId.q5).toMatchObject({ status: "partial", score: 0.5, timeMs: 30_000, answer: null, sourceSentence: null });
    expect(summary.byFormat).toEqual({
      multiple_choice: { total: 0, correct: 0 },
      true_false: { total: 2, correct: 1 },
      typed: { total: 2, correct: 2 },
      matching: { total: 1, correct: 0 },
    });
  });

  test("an empty quiz", () => {
    expect(summarizeAttempt({ questions: [], answers: [], startedAt: START, now: at(3) })).toMatchObject({
      total: 0, percent: 0, finished: false, items: [], durationMs: 3000,
    });
  });
});
