import { afterEach, describe, expect, test } from "vitest";
import { db } from "@/server/db";
import { reviewAgainSoon } from "@/server/services/review-again-soon";
import { makeUserWithCards } from "@/server/test/fixtures";

const NOW = new Date("2024-04-01T10:00:00Z");
const LATER = new Date("2024-05-01T00:00:00Z");
const postgres = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "");

/** A real database trigger that refuses any write to one card state: a failure in the middle of the write. */
async function refuseWritesTo(stateId: string) {
  if (postgres) {
    await db.$executeRawUnsafe(
      `CREATE FUNCTION refuse_card_write() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_card_write BEFORE UPDATE ON "CardState" FOR EACH ROW WHEN (OLD."id" = '${stateId}') EXECUTE FUNCTION refuse_card_write()`,
    );
  } else {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_card_write BEFORE UPDATE ON "CardState" WHEN OLD."id" = '${stateId}' BEGIN SELECT RAISE(ABORT, 'refused'); END`,
    );
  }
}

async function dropRefusal() {
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS refuse_card_write${postgres ? ` ON "CardState"` : ""}`);
  if (postgres) await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS refuse_card_write()`);
}

afterEach(dropRefusal);

async function reviewCards(n: number) {
  const { user } = await makeUserWithCards(n);
  await db.cardState.updateMany({ where: { userId: user.id }, data: { state: 2, due: LATER, stability: 10, suspended: true } });
  const states = await db.cardState.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
  return { user, states };
}

describe("review again soon", () => {
  test("brings every review card forward in one write, moves each version on, leaves FSRS memory alone", async () => {
    const { user, states } = await reviewCards(3);
    expect(await reviewAgainSoon(user.id, states.map((s) => s.cardId), NOW)).toBe(3);
    for (const s of states) {
      const after = await db.cardState.findUniqueOrThrow({ where: { id: s.id } });
      expect(after).toMatchObject({ due: NOW, stability: 10, suspended: false, version: s.version + 1 });
    }
  });

  test("all or nothing: when the write of one card fails, no card is changed", async () => {
    const { user, states } = await reviewCards(3);
    // Whatever order the cards are written in, the refused one must undo the others.
    for (const refused of [states[0], states[2]]) {
      await refuseWritesTo(refused.id);
      await expect(reviewAgainSoon(user.id, states.map((s) => s.cardId), NOW)).rejects.toThrow();
      expect(await db.cardState.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } })).toEqual(states);
      await dropRefusal();
    }
  });

  test("another reader's cards are not touched", async () => {
    const { states } = await reviewCards(1);
    const { user: other } = await makeUserWithCards(1);
    await expect(reviewAgainSoon(other.id, [states[0].cardId], NOW)).rejects.toThrow("not in your deck");
    expect(await db.cardState.findUniqueOrThrow({ where: { id: states[0].id } })).toEqual(states[0]);
  });
});
