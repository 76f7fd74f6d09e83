import { expect, test } from "vitest";
import { db, sqliteConnection } from "@/server/db";
import { getStudyState } from "@/server/queries/get-study-state";
import { submitReview } from "@/server/services/submit-review";
import { makeUserWithCards } from "@/server/test/fixtures";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const T0 = new Date("2024-03-01T12:00:00Z");

test("a grade made while another request's transaction is open waits for it and survives its rollback", async () => {
  const { user } = await makeUserWithCards(2);
  const [card] = (await getStudyState(user.id, T0)).cards;
  const failing = db
    .$transaction(async (tx) => {
      await tx.cardState.updateMany({ where: { userId: user.id }, data: { lapses: 7 } });
      await sleep(150);
      throw new Error("refused: rolled back");
    })
    .catch((e: Error) => e.message);
  await sleep(30);
  const graded = await submitReview(user.id, { stateId: card.stateId, grade: 3, durationMs: 1000, idempotencyKey: `raw-${Date.now()}`, version: card.version }, T0);
  expect(graded.kind).toBe("graded");
  expect(await failing).toBe("refused: rolled back");
  const after = await db.cardState.findUniqueOrThrow({ where: { id: card.stateId } });
  expect(after).toMatchObject({ version: card.version + 1, reps: 1, lapses: 0 });
  expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
});

test("rows written below the ORM read back through Prisma exactly as the ORM would have written them", async () => {
  const { user } = await makeUserWithCards(1);
  const [card] = (await getStudyState(user.id, T0)).cards;
  const graded = await submitReview(user.id, { stateId: card.stateId, grade: 1, durationMs: 4321, idempotencyKey: `raw-${Date.now()}-b`, version: card.version }, T0);
  if (graded.kind !== "graded") throw new Error(`not graded: ${graded.kind}`);
  const state = await db.cardState.findUniqueOrThrow({ where: { id: card.stateId } });
  expect(state.due.toISOString()).toBe(graded.card.due.toISOString());
  expect(state.lastReview?.toISOString()).toBe(T0.toISOString());
  expect(state).toMatchObject({ state: graded.card.state, reps: 1, buriedUntil: null, suspended: false });
  const log = await db.reviewLog.findFirstOrThrow({ where: { userId: user.id } });
  expect(log).toMatchObject({ rating: 1, state: 0, durationMs: 4321, cardStateId: card.stateId });
  expect(log.review.toISOString()).toBe(T0.toISOString());
  expect(Number.isNaN(log.createdAt.getTime())).toBe(false); // parsed as a date
  expect(await db.reviewDayStat.findMany({ where: { userId: user.id }, select: { day: true, kind: true, again: true, ms: true } })).toEqual([
    { day: 19783, kind: 0, again: 1, ms: 4321 },
  ]);
  // Range queries on the text dates agree: the card is due after T0, found by a Prisma filter.
  expect(await db.cardState.count({ where: { userId: user.id, due: { gt: T0 } } })).toBe(1);
  expect(Boolean(await sqliteConnection())).toBe(!process.env.TEST_DATABASE_URL);
});

test("settings that do not parse are an error, never the defaults: nothing is recorded", async () => {
  const { user } = await makeUserWithCards(1);
  const [card] = (await getStudyState(user.id, T0)).cards;
  await db.userSettings.update({ where: { userId: user.id }, data: { learningSteps: "soon, later" } });
  await expect(
    submitReview(user.id, { stateId: card.stateId, grade: 3, durationMs: 1, idempotencyKey: `raw-${Date.now()}-bad`, version: card.version }, T0),
  ).rejects.toThrow(/settings do not parse/);
  expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
  expect((await db.cardState.findUniqueOrThrow({ where: { id: card.stateId } })).version).toBe(card.version);
});
