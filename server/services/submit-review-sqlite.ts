import "server-only";

import { randomUUID } from "node:crypto";
import type { Grade } from "ts-fsrs";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { gradeCard } from "@/lib/scheduling";
import type { TSubmitReviewSchema } from "@/lib/validations/review";
import type { SqliteHandle } from "@/server/db";
import { fromFsrsCard, fromFsrsLog, toFsrsCard, type CardStateColumns } from "@/server/mappers/card-state";
import { toUserSettings } from "@/server/mappers/user-settings";
import { reviewStatDelta } from "@/server/services/record-review-stat";
import { isUniqueViolation } from "@/server/errors/is-unique-violation";
import { conflict, type TSubmitReviewResult } from "@/server/services/submit-review";

/** The card state's scheduling columns as SQLite returns them (dates as text), with the reader's settings. */
type StateRow = Omit<CardStateColumns, "due" | "lastReview"> & {
  id: string;
  cardId: string;
  due: string;
  lastReview: string | null;
  version: number;
  s_userId: string | null;
  s_desiredRetention: number;
  s_maximumInterval: number;
  s_newPerDay: number;
  s_reviewsPerDay: number;
  s_learningSteps: string;
  s_relearningSteps: string;
  s_timeZone: string;
  s_dayStartHour: number;
  s_fsrsWeights: string | null;
  s_enableFuzz: number;
};

type Statements = ReturnType<typeof prepare>;

/** Rolls the write back when the state's version moved on (cannot happen while nothing interleaves). */
class VersionMoved extends Error {}
const statements = new WeakMap<SqliteHandle, Statements>();

// Prisma's SQLite formats: DateTime as ISO text with "+00:00", booleans as 0/1.
const stamp = (d: Date) => d.toISOString().replace("Z", "+00:00");

function prepare(handle: SqliteHandle) {
  // Kept here, one set per connection; plain numbers (the connection's default is BigInt).
  const p = (sql: string) => handle.prepare(sql).safeIntegers(false);
  const settings = ["desiredRetention", "maximumInterval", "newPerDay", "reviewsPerDay", "learningSteps", "relearningSteps", "timeZone", "dayStartHour", "fsrsWeights", "enableFuzz", "userId"]
    .map((c) => `u."${c}" AS "s_${c}"`)
    .join(", ");
  return {
    select: p(
      `SELECT s."id", s."cardId", s."due", s."stability", s."difficulty", s."elapsedDays", s."scheduledDays", s."learningSteps", s."reps", s."lapses",
              s."state", s."lastReview", s."version", ${settings}
         FROM "CardState" s LEFT JOIN "UserSettings" u ON u."userId" = s."userId"
        WHERE s."id" = ? AND s."userId" = ?`,
    ),
    update: p(
      `UPDATE "CardState" SET "due" = @due, "stability" = @stability, "difficulty" = @difficulty, "elapsedDays" = @elapsedDays,
              "scheduledDays" = @scheduledDays, "learningSteps" = @learningSteps, "reps" = @reps, "lapses" = @lapses, "state" = @state,
              "lastReview" = @lastReview, "buriedUntil" = NULL, "version" = "version" + 1, "updatedAt" = @now
        WHERE "id" = @id AND "version" = @version`,
    ),
    insertLog: p(
      `INSERT INTO "ReviewLog" ("id", "userId", "cardId", "cardStateId", "rating", "state", "due", "stability", "difficulty", "elapsedDays",
              "lastElapsedDays", "scheduledDays", "learningSteps", "review", "previousDue", "stateVersion", "durationMs", "idempotencyKey", "createdAt")
       VALUES (@id, @userId, @cardId, @cardStateId, @rating, @state, @due, @stability, @difficulty, @elapsedDays,
              @lastElapsedDays, @scheduledDays, @learningSteps, @review, @previousDue, @stateVersion, @durationMs, @idempotencyKey, @now)`,
    ),
    addStat: p(
      `INSERT INTO "ReviewDayStat" ("userId", "day", "kind", "again", "hard", "good", "easy", "ms")
       VALUES (@userId, @day, @kind, @again, @hard, @good, @easy, @ms)
       ON CONFLICT ("userId", "day", "kind") DO UPDATE SET "again" = "again" + excluded."again", "hard" = "hard" + excluded."hard",
              "good" = "good" + excluded."good", "easy" = "easy" + excluded."easy", "ms" = "ms" + excluded."ms"`,
    ),
    findKey: p(`SELECT 1 FROM "ReviewLog" WHERE "userId" = ? AND "idempotencyKey" = ?`),
  };
}

/**
 * submitReview on SQLite, below the ORM: the grade is the app's hottest write, and through Prisma it was
 * five operations costing ~3 ms of CPU; here it is one read (card state with the reader's settings) and
 * one synchronous transaction of three statements, in Prisma's own row formats. Same contract as
 * submitReview: NOT_FOUND for another reader's card, CONFLICT when the version moved on, and a repeated
 * idempotency key records nothing more. Nothing can interleave: it runs synchronously once no Prisma
 * transaction is open on the connection (runWhenIdle), so none can open until it is done.
 */
export function submitReviewSqlite(
  handle: SqliteHandle,
  userId: string,
  input: TSubmitReviewSchema,
  now: Date,
): Promise<TSubmitReviewResult> {
  return handle.runWhenIdle(() => {
    let st = statements.get(handle);
    if (!st) statements.set(handle, (st = prepare(handle)));
    const row = st.select.get(input.stateId, userId) as StateRow | undefined;
    if (!row) throw new AppError(AppErrorCode.NOT_FOUND, { message: "That card is not in your deck." });
    const settings = toUserSettings(
      row.s_userId === null
        ? null
        : {
            desiredRetention: row.s_desiredRetention,
            maximumInterval: row.s_maximumInterval,
            newPerDay: row.s_newPerDay,
            reviewsPerDay: row.s_reviewsPerDay,
            learningSteps: row.s_learningSteps,
            relearningSteps: row.s_relearningSteps,
            timeZone: row.s_timeZone,
            dayStartHour: row.s_dayStartHour,
            fsrsWeights: row.s_fsrsWeights,
            enableFuzz: row.s_enableFuzz,
          },
    );
    const recorded = () => st.findKey.get(userId, input.idempotencyKey) !== undefined;
    if (row.version !== input.version) {
      // A retry carries the version it was shown with: the same review, already recorded.
      return recorded() ? { kind: "duplicate", settings } : conflict();
    }
    const before = toFsrsCard({ ...row, due: new Date(row.due), lastReview: row.lastReview === null ? null : new Date(row.lastReview) });
    const result = gradeCard(before, input.grade as Grade, now, settings, row.id, input.durationMs);
    const card = fromFsrsCard(result.card);
    const log = fromFsrsLog(result.log);
    const stat = reviewStatDelta({ ...log, durationMs: result.durationMs }, settings);
    try {
      handle.connection.transaction(() => {
        const updated = st.update.run({
          ...card,
          due: stamp(card.due),
          lastReview: card.lastReview ? stamp(card.lastReview) : null,
          now: stamp(now),
          id: row.id,
          version: row.version,
        });
        if (updated.changes !== 1) throw new VersionMoved();
        st.insertLog.run({
          ...log,
          id: randomUUID(),
          userId,
          cardId: row.cardId,
          cardStateId: row.id,
          due: stamp(log.due),
          review: stamp(log.review),
          previousDue: stamp(result.previousDue),
          stateVersion: row.version + 1,
          durationMs: result.durationMs,
          idempotencyKey: input.idempotencyKey,
          now: stamp(now),
        });
        if (stat) st.addStat.run({ userId, day: stat.day, kind: stat.kind, again: 0, hard: 0, good: 0, easy: 0, [stat.button]: 1, ms: stat.ms });
      })();
    } catch (e) {
      if (isUniqueViolation(e)) return { kind: "duplicate", settings };
      if (e instanceof VersionMoved) return conflict();
      throw e;
    }
    return { kind: "graded", stateId: row.id, version: row.version + 1, card: result.card, settings };
  });
}
