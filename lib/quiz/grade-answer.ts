import { describeAnswer } from "./read-stored-grade";
import { gradeTypedAnswer } from "./grade-typed-answer";
import type { GradeResult, QuizQuestion, QuizResponse } from "./types";

function isIndex(value: unknown, length: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value < length;
}

/**
 * Grades one response on the server. Multiple choice by option index, true/false by boolean, typed
 * text with `gradeTypedAnswer` (forgiving case, accents, articles, small typos; strict on numbers and
 * dates), matching by pairs (score = share of left items paired right; a left item given twice counts
 * by its first pair). A response of the wrong format or shape is graded wrong, never thrown on.
 *
 * @example
 * gradeAnswer(question, { format: "typed", text: "Gause" }) // { correct: true, nearMiss: false, expected: "Ken Gause", … }
 * gradeAnswer(mcQuestion, { format: "multiple_choice", optionIndex: 2 }).correct
 */
export function gradeAnswer(question: QuizQuestion, response: QuizResponse): GradeResult {
  const base = describeAnswer(question);
  const wrong = (reason: GradeResult["reason"]): GradeResult => ({ ...base, correct: false, nearMiss: false, score: 0, reason });

  const given = response as Partial<Record<string, unknown>> | null | undefined;
  if (typeof given !== "object" || given === null || given.format !== question.format) return wrong("format_mismatch");

  switch (question.format) {
    case "multiple_choice": {
      if (!isIndex(given.optionIndex, question.options.length)) return wrong("invalid_response");
      const correct = given.optionIndex === question.correctIndex;
      return { ...base, correct, nearMiss: false, score: correct ? 1 : 0, reason: correct ? "option" : "wrong" };
    }
    case "true_false": {
      if (typeof given.value !== "boolean") return wrong("invalid_response");
      const correct = given.value === question.isTrue;
      return { ...base, correct, nearMiss: false, score: correct ? 1 : 0, reason: correct ? "option" : "wrong" };
    }
    case "typed": {
      if (typeof given.text !== "string") return wrong("invalid_response");
      const grade = gradeTypedAnswer(given.text, {
        answer: question.answer,
        aliases: question.aliases,
        wrongAnswers: question.wrongAnswers,
      });
      return { ...base, ...grade, expected: base.expected, score: grade.correct ? 1 : 0 };
    }
    case "matching": {
      if (!Array.isArray(given.pairs)) return wrong("invalid_response");
      const chosen = new Map<number, number>();
      for (const pair of given.pairs as unknown[]) {
        const p = pair as { left?: unknown; right?: unknown } | null;
        if (typeof p !== "object" || p === null) return wrong("invalid_response");
        if (!isIndex(p.left, question.left.length) || !isIndex(p.right, question.right.length)) {
          return wrong("invalid_response");
        }
        if (!chosen.has(p.left)) chosen.set(p.left, p.right);
      }
      const pairResults = question.solution.map((right, left) => chosen.get(left) === right);
      const rightCount = pairResults.filter(Boolean).length;
      const score = question.solution.length === 0 ? 0 : rightCount / question.solution.length;
      return { ...base, correct: score === 1, nearMiss: false, score, reason: "pairs", pairResults };
    }
  }
}
