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

/**
 * What a grade came to: recorded (the card as saved, its new version and ts-fsrs state, and the reader's
 * settings the grade used), a repeat of a review already recorded, or refused because the card's version
 * moved on since it was shown. Another reader's or a missing card throws NOT_FOUND.
 */
export type TSubmitReviewResult =
  | { kind: "graded"; stateId: string; version: number; card: Card; settings: TUserSettings }
  | { kind: "duplicate"; settings: TUserSettings }
  | { kind: "conflict"; message: string };

export const conflict = (): TSubmitReviewResult => ({ kind: "conflict", message: ALREADY_REVIEWED });

/**
 * Grades one card for one reader: ts-fsrs computes the next state, and the state and its review log are
 * written in one transaction. A repeated idempotency key records nothing more (`duplicate`); a card whose
 * version moved on since it was shown is refused (`conflict`).
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
    if (row.version !== input.version) return (await alreadyRecorded(userId, input.idempotencyKey)) ? { kind: "duplicate", settings: s } : conflict();
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
    return { kind: "graded", stateId: row.id, version: row.version + 1, card: result.card, settings: s };
  } catch (e) {
    // A concurrent retry of the same grading lost the race: it is the same review, recorded once.
    if (isUniqueViolation(e)) return { kind: "duplicate", settings: s };
    // The version moved on between the read and the write.
    if (isRecordNotFound(e)) return (await alreadyRecorded(userId, input.idempotencyKey)) ? { kind: "duplicate", settings: s } : conflict();
    throw e;
  }
}
