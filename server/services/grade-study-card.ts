import "server-only";

import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { requeueGradedCard } from "@/lib/scheduling";
import type { TSubmitReviewSchema } from "@/lib/validations/review";
import { submitReview } from "@/server/services/submit-review";

/** A graded card that comes back later today, as the review page merges it into the cards it holds. */
export type RequeuedStudyCard = { stateId: string; version: number; kind: "learning"; due: string; intervals: [string, string, string, string] };

/**
 * The review page's grade: records it (see submitReview) and says whether the card comes back today, with
 * its new version and intervals, so the page can go on with the cards it holds instead of asking the
 * server for the whole queue after every answer.
 */
export async function gradeStudyCard(
  userId: string,
  input: TSubmitReviewSchema,
  now: Date,
): Promise<{ duplicate: boolean; requeue: RequeuedStudyCard | null }> {
  const result = await submitReview(userId, input, now);
  if (result.kind === "conflict") throw new AppError(AppErrorCode.CONFLICT, { message: result.message });
  if (result.kind === "duplicate") return { duplicate: true, requeue: null };
  const back = requeueGradedCard(result.stateId, result.version, result.card, now, result.settings);
  return { duplicate: false, requeue: back ? { ...back, due: back.due.toISOString() } : null };
}
