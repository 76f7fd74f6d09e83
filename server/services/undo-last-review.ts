import "server-only";

import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { undoReview } from "@/lib/scheduling";
import { db } from "@/server/db";
import { fromFsrsCard, toFsrsCard, toFsrsLog } from "@/server/mappers/card-state";
import { getUserSettings } from "@/server/queries/get-user-settings";
import { recordReviewStat } from "@/server/services/record-review-stat";

const GRADE_NAMES = ["Manual", "Again", "Hard", "Good", "Easy"];

/**
 * Takes back the reader's most recent review: the card is restored exactly as it was (ts-fsrs rollback plus
 * the stored previous due date) and the log removed. Call again to undo the one before.
 */
export async function undoLastReview(userId: string): Promise<{ stateId: string; description: string }> {
  const settings = await getUserSettings(userId);
  return db.$transaction(async (tx) => {
    const log = await tx.reviewLog.findFirst({
      where: { userId, rating: { gte: 1 } },
      orderBy: [{ review: "desc" }, { createdAt: "desc" }],
      include: { cardState: true, card: { select: { prompt: true } } },
    });
    if (!log) throw new AppError(AppErrorCode.NOT_FOUND, { message: "There is no review to undo." });
    const before = undoReview(toFsrsCard(log.cardState), toFsrsLog(log), log.previousDue);
    await tx.cardState.update({ where: { id: log.cardStateId }, data: { ...fromFsrsCard(before), version: { increment: 1 } } });
    await tx.reviewLog.delete({ where: { id: log.id } });
    await recordReviewStat(tx, userId, log, settings, -1);
    const prompt = log.card.prompt.length > 60 ? `${log.card.prompt.slice(0, 57)}…` : log.card.prompt;
    return { stateId: log.cardStateId, description: `Undid: ${GRADE_NAMES[log.rating]} on “${prompt}”` };
  });
}
