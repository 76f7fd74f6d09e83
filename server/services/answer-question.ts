import "server-only";

import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { gradeAnswer, toGradeFeedback, type GradeResult } from "@/lib/quiz";
import type { TOverrideAnswerSchema, TSubmitAnswerSchema } from "@/lib/validations/quiz";
import { db } from "@/server/db";
import { isUniqueViolation } from "@/server/errors/is-unique-violation";
import { loadAttempt, storedResult } from "@/server/queries/get-quiz";

const ALREADY = "You already answered this question; your first answer stands.";

async function refreshTotals(attemptId: string, total: number, now: Date) {
  const answers = await db.quizAnswer.findMany({ where: { attemptId }, select: { correct: true } });
  await db.quizAttempt.update({
    where: { id: attemptId },
    data: { correct: answers.filter((a) => a.correct).length, finishedAt: answers.length >= total ? now : null },
  });
}

/**
 * Grades one answer of one of the reader's quizzes on the server and stores it. Refused: another reader's
 * quiz (NOT_FOUND), a question not in the quiz or of another format (INVALID_INPUT), a second answer to
 * the same question (CONFLICT; the unique key also holds under concurrent requests).
 */
export async function answerQuestion(userId: string, input: TSubmitAnswerSchema, now: Date, durationMs = 0): Promise<GradeResult> {
  const { attempt, questions } = await loadAttempt(userId, input.quizId);
  const question = questions.find((q) => q.id === input.questionId);
  if (!question) throw new AppError(AppErrorCode.INVALID_INPUT, { message: "That question is not part of this quiz." });
  if (question.format !== input.response.format) {
    throw new AppError(AppErrorCode.INVALID_INPUT, { message: "That answer does not fit this question." });
  }
  if (attempt.answers.some((a) => a.questionId === question.id)) throw new AppError(AppErrorCode.CONFLICT, { message: ALREADY });
  // Graded once, here: correct, score and the details are stored, and every later read shows them as stored.
  const result = gradeAnswer(question, input.response);
  try {
    await db.quizAnswer.create({
      data: {
        attemptId: attempt.id,
        questionId: question.id,
        cardId: question.format === "matching" ? (question.cardIds[0] ?? null) : question.cardId,
        format: question.format,
        response: input.response as unknown as object,
        correct: result.correct,
        score: result.score,
        feedback: toGradeFeedback(result),
        durationMs: Math.max(0, Math.min(durationMs, 600_000)),
        answeredAt: now,
      },
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError(AppErrorCode.CONFLICT, { message: ALREADY });
    throw e;
  }
  await refreshTotals(attempt.id, attempt.total, now);
  return result;
}

/** "Override: I was right" on a typed answer judged wrong: it counts as right from now on. */
export async function overrideAnswer(userId: string, input: TOverrideAnswerSchema, now: Date): Promise<GradeResult> {
  const { attempt, questions } = await loadAttempt(userId, input.quizId);
  const question = questions.find((q) => q.id === input.questionId);
  const answer = attempt.answers.find((a) => a.questionId === input.questionId);
  if (!question || !answer) throw new AppError(AppErrorCode.INVALID_INPUT, { message: "Answer the question before overriding its grade." });
  if (question.format !== "typed") throw new AppError(AppErrorCode.INVALID_INPUT, { message: "Only typed answers can be overridden." });
  if (answer.correct) throw new AppError(AppErrorCode.INVALID_INPUT, { message: "That answer is already counted as right." });
  await db.quizAnswer.update({ where: { id: answer.id }, data: { correct: true, score: 1, overridden: true } });
  await refreshTotals(attempt.id, attempt.total, now);
  return storedResult(question, { ...answer, correct: true, score: 1, overridden: true });
}
