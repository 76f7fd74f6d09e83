import "server-only";

import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import {
  describeResponse,
  readStoredGrade,
  summarizeAttempt,
  toPublicQuestion,
  type AttemptSummary,
  type GradeFeedback,
  type GradeResult,
  type PublicQuestion,
  type QuizQuestion,
  type QuizResponse,
} from "@/lib/quiz";
import { db } from "@/server/db";

export type AnsweredQuestion = { questionId: string; response: QuizResponse; responseText: string; result: GradeResult; overridden: boolean };

export type QuizView = {
  id: string;
  articleTitle: string | null;
  total: number;
  /** Questions as the browser may see them: never which option is right. */
  questions: PublicQuestion[];
  /** Answers so far with their grading (the right answer is revealed once a question is answered). */
  answered: AnsweredQuestion[];
  finished: boolean;
  summary: AttemptSummary | null;
  /** Card ids behind each missed question, for "Review this card again soon". */
  missedCardIds: Record<string, string[]>;
};

/** Loads the stored questions of one of the reader's quizzes (another reader's id is NOT_FOUND). */
export async function loadAttempt(userId: string, quizId: string) {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: quizId, userId },
    include: { answers: { orderBy: { answeredAt: "asc" } }, article: { select: { title: true } } },
  });
  if (!attempt) throw new AppError(AppErrorCode.NOT_FOUND, { message: "That quiz does not exist, or it is not yours." });
  return { attempt, questions: attempt.questions as unknown as QuizQuestion[] };
}

/** A stored answer row's grade, exactly as recorded when it was answered (or overridden). */
export function storedResult(question: QuizQuestion, row: { correct: boolean; score: number; overridden: boolean; feedback: unknown }): GradeResult {
  return readStoredGrade(question, { ...row, feedback: row.feedback as GradeFeedback | null });
}

/** A quiz as its page shows it: resumable (answers so far) and, once finished, summarised. */
export async function getQuiz(userId: string, quizId: string, now: Date): Promise<QuizView> {
  const { attempt, questions } = await loadAttempt(userId, quizId);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answered: AnsweredQuestion[] = attempt.answers.flatMap((a) => {
    const q = byId.get(a.questionId);
    if (!q) return [];
    const response = a.response as unknown as QuizResponse;
    return [{ questionId: a.questionId, response, responseText: describeResponse(q, response), result: storedResult(q, a), overridden: a.overridden }];
  });
  const answerRows = new Map(attempt.answers.map((a) => [a.questionId, a]));
  const finished = attempt.finishedAt !== null;
  const summary = finished
    ? summarizeAttempt({
        questions,
        answers: answered.map((a) => ({ questionId: a.questionId, result: a.result, answeredAt: answerRows.get(a.questionId)!.answeredAt, overridden: a.overridden })),
        startedAt: attempt.startedAt,
        now: attempt.finishedAt ?? now,
      })
    : null;
  const missedCardIds: Record<string, string[]> = {};
  for (const a of answered) {
    const q = byId.get(a.questionId);
    if (q && !a.result.correct) missedCardIds[q.id] = q.format === "matching" ? q.cardIds : [q.cardId];
  }
  return {
    id: attempt.id,
    articleTitle: attempt.article?.title ?? null,
    total: attempt.total,
    questions: questions.map(toPublicQuestion),
    answered,
    finished,
    summary,
    missedCardIds,
  };
}
