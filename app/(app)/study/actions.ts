"use server";

import { z } from "zod";
import { ZCardCommandSchema, ZCardInfoSchema, ZEditCardSchema, ZReportCardSchema, ZSubmitReviewSchema } from "@/lib/validations/review";
import { getCardInfo } from "@/server/queries/get-card-info";
import { getStudyState, type StudyState } from "@/server/queries/get-study-state";
import { authedAction } from "@/server/safe-action";
import { editCard } from "@/server/services/edit-card";
import { reportCard } from "@/server/services/report-card";
import { runCardCommand } from "@/server/services/run-card-command";
import { gradeStudyCard } from "@/server/services/grade-study-card";
import { undoLastReview } from "@/server/services/undo-last-review";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";

export const submitReviewAction = authedAction(ZSubmitReviewSchema, async (user, input) => {
  try {
    const { duplicate, requeue } = await gradeStudyCard(user.id, input, new Date());
    return { duplicate, requeue, notice: null as string | null, state: undefined as StudyState | undefined };
  } catch (e) {
    // Another tab graded it first: say so, and start again from the server's queue.
    if (AppError.is(e, AppErrorCode.CONFLICT)) return { duplicate: false, requeue: null, notice: e.message, state: await getStudyState(user.id, new Date()) };
    throw e;
  }
});

/** The next cards, when the page has nothing left to show. */
export const loadStudyAction = authedAction(z.object({}), async (user) => ({ state: await getStudyState(user.id, new Date()) }));

export const undoReviewAction = authedAction(z.object({}), async (user) => {
  const { stateId, description } = await undoLastReview(user.id);
  return { notice: description, state: await getStudyState(user.id, new Date(), stateId) };
});

export const cardCommandAction = authedAction(ZCardCommandSchema, async (user, input) => {
  const { message } = await runCardCommand(user.id, input, new Date());
  return { notice: message, state: await getStudyState(user.id, new Date()) };
});

export const editCardAction = authedAction(ZEditCardSchema, async (user, input) => {
  await editCard(user.id, input);
  return { notice: "Card saved. Only you see this wording.", state: await getStudyState(user.id, new Date(), input.stateId) };
});

export const reportCardAction = authedAction(ZReportCardSchema, async (user, input) => {
  await reportCard(user.id, input);
  return { notice: "Thanks: the report is kept to improve how cards are made." };
});

export const cardInfoAction = authedAction(ZCardInfoSchema, async (user, { stateId }) => getCardInfo(user.id, stateId, new Date()));
