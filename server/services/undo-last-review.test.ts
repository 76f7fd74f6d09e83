import { describe, expect, test } from "vitest";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { db } from "@/server/db";
import { runCardCommand } from "@/server/services/run-card-command";
import { submitReview } from "@/server/services/submit-review";
import { undoLastReview } from "@/server/services/undo-last-review";
import { makeUserWithCards } from "@/server/test/fixtures";

const T0 = new Date("2024-03-01T12:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
let keyN = 0;
const key = () => `undo-${Date.now()}-${++keyN}`;

/** Grades the reader's one card as it is now (the queue's daily limits are not under test here). */
async function gradeFirst(userId: string, grade: number, at: Date) {
  const card = await db.cardState.findFirstOrThrow({ where: { userId } });
  await submitReview(userId, { stateId: card.id, grade, durationMs: 100, idempotencyKey: key(), version: card.version }, at);
  return card.id;
}

const stateOf = (id: string) => db.cardState.findUniqueOrThrow({ where: { id } });
const refused = (e: unknown) => AppError.is(e, AppErrorCode.CONFLICT) && /changed after that review/.test(e.message);

describe("undo applies only to the state its review wrote", () => {
  test("after a reset from the card menu, undo is refused with a reason and the reset stays", async () => {
    const { user } = await makeUserWithCards(1);
    const id = await gradeFirst(user.id, 3, T0);
    await runCardCommand(user.id, { stateId: id, command: "reset" }, later(60_000));
    const reset = await stateOf(id);
    expect(reset).toMatchObject({ state: 0, reps: 0, lapses: 0 });

    await expect(undoLastReview(user.id)).rejects.toSatisfy(refused);
    expect(await stateOf(id)).toEqual(reset);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
  });

  test("after a suspend, undo is refused too (the rollback would rebuild the card from the changed row)", async () => {
    const { user } = await makeUserWithCards(1);
    const id = await gradeFirst(user.id, 3, T0);
    await runCardCommand(user.id, { stateId: id, command: "suspend" }, later(1000));
    await expect(undoLastReview(user.id)).rejects.toSatisfy(refused);
    expect((await stateOf(id)).suspended).toBe(true);
  });

  test("two grades of one card undo in turn back to the original card", async () => {
    const { user } = await makeUserWithCards(1);
    const original = await db.cardState.findFirstOrThrow({ where: { userId: user.id } });
    await gradeFirst(user.id, 1, T0);
    await gradeFirst(user.id, 3, later(10 * 60_000));
    await undoLastReview(user.id);
    await undoLastReview(user.id);
    const { version: _v, updatedAt: _u, ...restored } = await stateOf(original.id);
    const { version: _v0, updatedAt: _u0, ...before } = original;
    expect(restored).toEqual(before);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
  });

  test("grade, reset, grade: the second grade undoes back to the reset card, the first is then refused", async () => {
    const { user } = await makeUserWithCards(1);
    const id = await gradeFirst(user.id, 3, T0);
    await runCardCommand(user.id, { stateId: id, command: "reset" }, later(60_000));
    const reset = await stateOf(id);
    await gradeFirst(user.id, 4, later(120_000));
    await undoLastReview(user.id);
    const { version: _v, updatedAt: _u, ...afterUndo } = await stateOf(id);
    const { version: _v0, updatedAt: _u0, ...resetFields } = reset;
    expect(afterUndo).toEqual(resetFields);
    await expect(undoLastReview(user.id)).rejects.toSatisfy(refused);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
  });
});
