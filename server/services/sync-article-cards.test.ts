import { describe, expect, test } from "vitest";
import { db } from "@/server/db";
import { enrollArticle } from "@/server/services/enroll-article";
import { syncArticleCards, type CardInput } from "@/server/services/sync-article-cards";
import { makeBareArticle, makeUser } from "@/server/test/fixtures";

const NOW = new Date("2024-02-01T10:00:00Z");

function card(factKey: string, answer: string): CardInput {
  return {
    kind: "cloze",
    prompt: `The answer is _____ (${factKey}).`,
    answer,
    aliases: [answer.toLowerCase()],
    distractors: ["a", "b", "c"],
    source: { sentence: `The answer is ${answer}.`, start: 0, end: 10 },
    factKey,
    score: 0.5,
    suggested: false,
  };
}

describe("syncArticleCards and enrollArticle", () => {
  test("regenerating updates by fact key: no duplicates, reviews kept, vanished facts retired", async () => {
    const user = await makeUser();
    const { id: articleId } = await makeBareArticle(user.id, "Sync");

    const first = await syncArticleCards(db, articleId, [card("f1", "One"), card("f2", "Two")], NOW);
    expect(first).toEqual({ added: 2, updated: 0, retired: 0 });
    expect(await enrollArticle(db, user.id, articleId, NOW)).toBe(2);
    expect(await enrollArticle(db, user.id, articleId, NOW)).toBe(0);

    const f1 = await db.card.findUniqueOrThrow({ where: { articleId_factKey: { articleId, factKey: "f1" } } });
    const again = await syncArticleCards(db, articleId, [card("f1", "One!"), card("f3", "Three"), card("f3", "Dup")], NOW);
    expect(again).toEqual({ added: 1, updated: 1, retired: 1 });

    const cards = await db.card.findMany({ where: { articleId }, orderBy: { factKey: "asc" } });
    expect(cards.map((c) => [c.factKey, c.answer, c.retiredAt !== null])).toEqual([
      ["f1", "One!", false],
      ["f2", "Two", true],
      ["f3", "Three", false],
    ]);
    expect(cards[0].id).toBe(f1.id);
    expect(cards[0].aliases).toEqual(["one!"]);
    expect(await enrollArticle(db, user.id, articleId, NOW)).toBe(1);
    expect(await db.cardState.count({ where: { userId: user.id, card: { articleId } } })).toBe(3);
  });
});
