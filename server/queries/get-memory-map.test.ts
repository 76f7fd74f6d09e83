import { State } from "ts-fsrs";
import { beforeAll, describe, expect, test } from "vitest";
import type { TMemoryMark } from "@/lib/progress/build-memory-map";
import { db } from "@/server/db";
import { getArticle } from "@/server/queries/get-article";
import { getMemoryMap } from "@/server/queries/get-memory-map";
import { makeUser, seedBuiltins } from "@/server/test/fixtures";

const NOW = new Date("2024-03-10T12:00:00Z");
const DAY = 86_400_000;

beforeAll(async () => {
  await seedBuiltins();
});

const marksOf = (map: Awaited<ReturnType<typeof getMemoryMap>>) => map.paragraphs.flat().filter((s): s is TMemoryMark => s.kind === "mark");

describe("getMemoryMap", () => {
  test("tints by this reader's own card states only, with their own wording", async () => {
    const alice = await makeUser("alice");
    const bob = await makeUser("bob");
    const state = await db.cardState.findFirstOrThrow({ where: { userId: alice.id, card: { article: { ownerId: null } } }, include: { card: true } });
    const article = await getArticle(alice.id, state.card.articleId);
    // Alice reviewed one card ten days ago (stability 10 → about 90 % now) and reworded it.
    await db.cardState.update({
      where: { id: state.id },
      data: { state: State.Review, stability: 10, difficulty: 5, reps: 2, lastReview: new Date(NOW.getTime() - 10 * DAY), due: NOW },
    });
    await db.cardOverride.create({ data: { userId: alice.id, cardId: state.cardId, prompt: "Alice's own question?" } });

    const aliceMarks = marksOf(await getMemoryMap(alice.id, article, NOW));
    const studied = aliceMarks.filter((m) => m.status === "studied");
    expect(studied).toHaveLength(1);
    expect(studied[0].recall).toBeCloseTo(0.9, 2);
    const card = studied[0].cards.find((c) => c.id === state.cardId);
    expect(card?.prompt).toBe("Alice's own question?");
    expect(card?.state).toBe(State.Review);
    expect(aliceMarks.filter((m) => m.status === "new").length).toBeGreaterThan(0);

    // Bob studies the same built-in article: none of Alice's progress or wording shows.
    const bobMarks = marksOf(await getMemoryMap(bob.id, article, NOW));
    expect(bobMarks.length).toBeGreaterThan(0);
    expect(bobMarks.every((m) => m.status === "new")).toBe(true);
    const bobCards = bobMarks.flatMap((m) => m.cards);
    expect(bobCards.map((c) => c.prompt)).not.toContain("Alice's own question?");
    expect(bobCards).toHaveLength(await db.cardState.count({ where: { userId: bob.id, card: { articleId: article.id, retiredAt: null } } }));
  });

  test("a reader with no cards of the article gets the plain text", async () => {
    const carol = await makeUser("carol");
    const article = await db.article.findFirstOrThrow({ where: { ownerId: null } });
    await db.cardState.deleteMany({ where: { userId: carol.id } });
    const map = await getMemoryMap(carol.id, article, NOW);
    expect(marksOf(map)).toEqual([]);
    expect(map.paragraphs.flat().map((s) => s.text).join("")).toBe(article.text.split(/[\n\r]+/).filter((p) => p.trim()).join(""));
  });
});
