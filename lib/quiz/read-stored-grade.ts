import { describeExpected } from "./describe-expected";
import type { GradeResult, QuizQuestion } from "./types";

/** The parts of a grading that depend on the response, besides correct and score: stored with the answer. */
export type GradeFeedback = Pick<GradeResult, "nearMiss" | "reason" | "matched" | "pairResults">;

/** An answer's grade as stored: `feedback` is null for answers stored before the details were kept. */
export type StoredGrade = { correct: boolean; score: number; overridden: boolean; feedback: GradeFeedback | null };

/** What the question itself says about its right answer (not a grading): shown with every result. */
export function describeAnswer(question: QuizQuestion): Pick<GradeResult, "expected" | "answer" | "sourceSentence"> {
  return {
    expected: describeExpected(question),
    answer: question.format === "matching" ? null : question.answer,
    sourceSentence: question.format === "matching" ? null : question.sourceSentence,
  };
}

/** The details of a grading to store beside its correct and score. */
export function toGradeFeedback(result: GradeResult): GradeFeedback {
  const { nearMiss, reason, matched, pairResults } = result;
  return { nearMiss, reason, ...(matched === undefined ? {} : { matched }), ...(pairResults === undefined ? {} : { pairResults }) };
}

/**
 * A stored answer's result as the page shows it: correct and score exactly as stored when the answer was
 * graded (or overridden), never graded again, so later changes to the grading rules or to the question
 * cannot change a past result. An override counts as right and is no longer a near miss.
 *
 * @example
 * readStoredGrade(q, { correct: true, score: 1, overridden: false, feedback: { nearMiss: false, reason: "typo" } }).correct // true
 */
export function readStoredGrade(question: QuizQuestion, stored: StoredGrade): GradeResult {
  const feedback = stored.feedback ?? { nearMiss: false, reason: stored.correct ? "exact" : "wrong" };
  return { ...describeAnswer(question), ...feedback, nearMiss: feedback.nearMiss && !stored.correct, correct: stored.correct, score: stored.score };
}
