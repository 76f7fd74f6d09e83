import { describe, expect, test } from "vitest";
import * as quiz from "./index";
import { articleCards } from "./__fixtures__/article-cards";

describe("lib/quiz public API", () => {
  test.each([["buildQuiz"], ["toPublicQuestion"], ["gradeAnswer"], ["gradeTypedAnswer"], ["summarizeAttempt"], ["scoreWeakness"]])(
    "exports %s",
    (name) => {
      expect(typeof (quiz as Record<string, unknown>)[name]).toBe("function");
    },
  );

  test("a whole round trip: build, show, grade, summarise", () => {
    const start = new Date("2026-02-01T09:00:00Z");
    const { questions } = quiz.buildQuiz(articleCards, { formats: "mixed", length: 10, focusWeak: false }, "round-trip");
    const publicQuestions = questions.map(quiz.toPublicQuestion);
    expect(publicQuestions).toHaveLength(questions.length);
    const answers = questions.map((q, i) => {
      const response: quiz.QuizResponse =
        q.format === "multiple_choice"
          ? { format: q.format, optionIndex: q.correctIndex }
          : q.format === "true_false"
            ? { format: q.format, value: q.isTrue }
            : q.format === "typed"
              ? { format: q.format, text: q.answer.toUpperCase() }
              : { format: q.format, pairs: q.solution.map((right, left) => ({ left, right })) };
      return { questionId: q.id, result: quiz.gradeAnswer(q, response), answeredAt: new Date(start.getTime() + (i + 1) * 7000) };
    });
    const summary = quiz.summarizeAttempt({ questions, answers, startedAt: start, now: new Date(start.getTime() + 999_000) });
    expect(summary).toMatchObject({ total: 10, answered: 10, correctCount: 10, percent: 100, durationMs: 70_000, finished: true });
  });
});
