import "server-only";

import type { Card, Grade } from "ts-fsrs";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { gradeCard } from "@/lib/scheduling";
import type { TSubmitReviewSchema } from "@/lib/validations/review";
import type { TUserSettings } from "@/lib/validations/settings";
import { db, sqliteConnection } from "@/server/db";
import { ALREADY_REVIEWED } from "@/server/errors/already-reviewed";
import { isRecordNotFound } from "@/server/errors/is-record-not-found";
import { isUniqueViolation } from "@/server/errors/is-unique-violation";
import { fromFsrsCard, fromFsrsLog, toFsrsCard } from "@/server/mappers/card-state";
import { getUserSettings } from "@/server/queries/get-user-settings";
import { reviewStatUpsert } from "@/server/services/record-review-stat";
import { submitReviewSqlite } from "@/server/services/submit-review-sqlite";

async function alreadyRecorded(userId: string, idempotencyKey: string): Promise<boolean> {
  const log = await db.reviewLog.findUnique({ where: { userId_idempotencyKey: { userId, idempotencyKey } }, select: { id: true } });
  return log !== null;
}

export type TSubmitReviewResult = {
  duplicate: boolean;
  /** The card as saved (its new version and ts-fsrs state); null for a duplicate. */
  graded: { stateId: string; version: number; card: Card } | null;
  /** The reader's settings the grade used. */
  settings: TUserSettings;
};

/**
 * Grades one card for one reader: ts-fsrs computes the next state, and the state and its review log are
 * written in one transaction. A repeated idempotency key records nothing more (`duplicate: true`); a card
 * whose version moved on since it was shown is refused with CONFLICT.
 */
export async function submitReview(
  userId: string,
  input: TSubmitReviewSchema,
  now: Date,
): Promise<TSubmitReviewResult> {
  // On SQLite the grade is written below the ORM, with the settings read in the same query.
  const sqlite = await sqliteConnection();
  if (sqlite) return submitReviewSqlite(sqlite, userId, input, now);
  // No look-up of the idempotency key first: a retry carries the old version, so it fails the version
  // check (or the key's unique index) and is then recognised as the same review below.
  const s = await getUserSettings(userId);
  try {
    const row = await db.cardState.findFirst({ where: { id: input.stateId, userId } });
    if (!row) throw new AppError(AppErrorCode.NOT_FOUND, { message: "That card is not in your deck." });
    if (row.version !== input.version) throw new AppError(AppErrorCode.CONFLICT, { message: ALREADY_REVIEWED });
    const result = gradeCard(toFsrsCard(row), input.grade as Grade, now, s, row.id, input.durationMs);
    const log = {
      userId,
      cardId: row.cardId,
      cardStateId: row.id,
      ...fromFsrsLog(result.log),
      previousDue: result.previousDue,
      stateVersion: row.version + 1,
      durationMs: result.durationMs,
      idempotencyKey: input.idempotencyKey,
    };
    const stat = reviewStatUpsert(userId, log, s, 1);
    // One batch, all or nothing: the state moves on only from the version that was graded (else the
    // update finds no row and the batch rolls back), and the log's idempotency key is unique.
    await db.$transaction([
      db.cardState.update({
        where: { id: row.id, version: row.version },
        data: { ...fromFsrsCard(result.card), buriedUntil: null, version: { increment: 1 } },
        select: { id: true },
      }),
      db.reviewLog.create({ data: log, select: { id: true } }),
      ...(stat ? [db.reviewDayStat.upsert({ ...stat, select: { userId: true } })] : []),
    ]);
    return { duplicate: false, graded: { stateId: row.id, version: row.version + 1, card: result.card }, settings: s };
  } catch (e) {
    if (isRecordNotFound(e)) e = new AppError(AppErrorCode.CONFLICT, { message: ALREADY_REVIEWED });
    // A concurrent retry of the same grading lost the race: it is the same review, recorded once.
    if (isUniqueViolation(e) || (AppError.is(e, AppErrorCode.CONFLICT) && (await alreadyRecorded(userId, input.idempotencyKey)))) {
      return { duplicate: true, graded: null, settings: s };
    }
    throw e;
  }
}
