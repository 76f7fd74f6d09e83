"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { findFormData, NO_FORM_MESSAGE } from "@/lib/forms/find-form-data";
import type { FormState } from "@/lib/forms/form-state";
import { fieldErrors } from "@/lib/validations/auth";
import { ZOverrideAnswerSchema, ZStartQuizSchema, ZSubmitAnswerSchema } from "@/lib/validations/quiz";
import { requireUser } from "@/server/auth/require-user";
import { loadAttempt } from "@/server/queries/get-quiz";
import { authedAction, toFormState } from "@/server/safe-action";
import { answerQuestion, overrideAnswer } from "@/server/services/answer-question";
import { reviewAgainSoon } from "@/server/services/review-again-soon";
import { startQuiz } from "@/server/services/start-quiz";

/** Start a quiz from the form (several format checkboxes share one name, so it reads them itself). */
export async function startQuizAction(prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const form = findFormData([prev, formData]);
  if (!form) return { message: NO_FORM_MESSAGE };
  const formats = form.getAll("formats").map(String);
  const raw = {
    articleId: String(form.get("articleId") ?? ""),
    length: String(form.get("length") ?? ""),
    formats: formats.length === 0 || formats.includes("mixed") ? "mixed" : formats,
    focusWeak: form.get("focusWeak") ?? "off",
  };
  const parsed = ZStartQuizSchema.safeParse(raw);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), message: "Please correct the highlighted fields." };
  let id: string;
  let warnings: string[];
  try {
    ({ id, warnings } = await startQuiz(user.id, parsed.data, new Date()));
  } catch (e) {
    return toFormState(e);
  }
  redirect(`/quiz/${id}${warnings.length ? `?note=${encodeURIComponent(warnings.join(" "))}` : ""}`);
}

export const answerAction = authedAction(
  ZSubmitAnswerSchema.extend({ durationMs: z.number().int().min(0).max(3_600_000).catch(0) }),
  async (user, { durationMs, ...input }) => answerQuestion(user.id, input, new Date(), durationMs),
);

export const overrideAction = authedAction(ZOverrideAnswerSchema, async (user, input) => overrideAnswer(user.id, input, new Date()));

/** A new quiz of the questions missed in this one, in the same formats. */
export const retryMissedAction = authedAction(z.object({ quizId: z.string().min(1).max(100) }), async (user, { quizId }) => {
  const { attempt, questions } = await loadAttempt(user.id, quizId);
  const right = new Set(attempt.answers.filter((a) => a.correct).map((a) => a.questionId));
  const cardIds = questions.filter((q) => !right.has(q.id)).flatMap((q) => (q.format === "matching" ? q.cardIds : [q.cardId]));
  if (cardIds.length === 0) throw new AppError(AppErrorCode.INVALID_INPUT, { message: "You missed nothing: there is nothing to retry." });
  const formats = attempt.formats === "mixed" ? "mixed" : (attempt.formats.split(",") as never);
  const { id } = await startQuiz(user.id, { articleId: attempt.articleId ?? "all", length: "all", formats, focusWeak: false }, new Date(), cardIds);
  return { id };
});

/** "Review this card again soon" for a missed question: its cards become due now. */
export const reviewSoonAction = authedAction(ZOverrideAnswerSchema, async (user, { quizId, questionId }) => {
  const { questions } = await loadAttempt(user.id, quizId);
  const q = questions.find((x) => x.id === questionId);
  if (!q) throw new AppError(AppErrorCode.INVALID_INPUT, { message: "That question is not part of this quiz." });
  await reviewAgainSoon(user.id, q.format === "matching" ? q.cardIds : [q.cardId], new Date());
  return { message: "It will come up in your next study session." };
});
