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
 *
 * Only while the card is still in the state that review wrote (its version is the log's `stateVersion`):
 * after a reset, suspend, bury or "review again soon" the rollback would rebuild the card from the changed
 * state and silently discard the change, so it is refused with CONFLICT and a reason the reader can read.
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
    const what = `${GRADE_NAMES[log.rating]} on “${log.card.prompt.length > 60 ? `${log.card.prompt.slice(0, 57)}…` : log.card.prompt}”`;
    if (log.stateVersion === null || log.cardState.version !== log.stateVersion) {
      throw new AppError(AppErrorCode.CONFLICT, {
        message: `Cannot undo ${what}: the card was changed after that review (reset, suspended, buried or brought forward), and undoing it would throw that change away.`,
      });
    }
    const before = undoReview(toFsrsCard(log.cardState), toFsrsLog(log), log.previousDue);
    const restored = await tx.cardState.updateMany({
      where: { id: log.cardStateId, version: log.stateVersion },
      data: { ...fromFsrsCard(before), version: { increment: 1 } },
    });
    if (restored.count !== 1) throw new AppError(AppErrorCode.CONFLICT, { message: `Cannot undo ${what}: the card changed in the meantime; try again.` });
    await tx.reviewLog.delete({ where: { id: log.id } });
    // The card is back in the state the review before wrote, if that review graded it just before this one
    // (its version then was this review's starting version): that review becomes undoable in turn.
    await tx.reviewLog.updateMany({
      where: { cardStateId: log.cardStateId, rating: { gte: 1 }, stateVersion: log.stateVersion - 1 },
      data: { stateVersion: log.stateVersion + 1 },
    });
    await recordReviewStat(tx, userId, log, settings, -1);
    return { stateId: log.cardStateId, description: `Undid: ${what}` };
  });
}
