import "server-only";

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
  const { duplicate, graded, settings } = await submitReview(userId, input, now);
  const back = graded ? requeueGradedCard(graded.stateId, graded.version, graded.card, now, settings) : null;
  return { duplicate, requeue: back ? { ...back, due: back.due.toISOString() } : null };
}
