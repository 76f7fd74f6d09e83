import { beforeAll, describe, expect, test } from "vitest";
import { AppErrorCode } from "@/lib/errors/app-error";
import { ZMakeCardSchema } from "@/lib/validations/make-card";
import { db } from "@/server/db";
import { getArticle } from "@/server/queries/get-article";
import { getExportDeck } from "@/server/queries/get-export-deck";
import { getMemoryMap } from "@/server/queries/get-memory-map";
import { getStudyState } from "@/server/queries/get-study-state";
import { makeOwnCard } from "@/server/services/make-own-card";
import { makeBareArticle, makeUser, seedBuiltins } from "@/server/test/fixtures";

const NOW = new Date("2024-03-01T12:00:00Z");

async function builtin() {
  return db.article.findFirstOrThrow({ where: { ownerId: null }, select: { id: true, text: true } });
}

/** A sentence of the article that has no generated card (so no sibling holds the new card back). */
async function sentenceWithoutCards(article: { id: string; text: string }) {
  const used = await db.card.findMany({ where: { articleId: article.id }, select: { sourceStart: true } });
  const taken = new Set(used.map((c) => c.sourceStart));
  const { splitSentences } = await import("@/lib/generation/split-sentences");
  const free = splitSentences(article.text).find((s) => !taken.has(s.start) && s.text.split(" ").length > 6);
  if (!free) throw new Error("every sentence of the built-in article has a card");
  return free;
}

const cloze = (articleId: string, sentence: string, answer: string) =>
  ZMakeCardSchema.parse({ articleId, kind: "cloze", sentence, answer, question: "" });

beforeAll(async () => {
  await seedBuiltins();
});

describe("makeOwnCard", () => {
  test("a reader's card of a built-in article is theirs only, first in their new cards, placed on the memory map, exported, and kept by a reseed", async () => {
    const [a, b] = [await makeUser("maker"), await makeUser("other")];
    const article = await builtin();
    const s = await sentenceWithoutCards(article);
    const answer = s.text.split(" ").slice(1, 3).join(" ").replace(/[^\p{L}\p{N} ]/gu, "");
    const made = await makeOwnCard(a.id, cloze(article.id, s.text, answer), NOW);
    expect(made.ok).toBe(true);
    if (!made.ok) return;

    const card = await db.card.findUniqueOrThrow({ where: { id: made.cardId } });
    expect(card).toMatchObject({ ownerId: a.id, kind: "cloze", answer, sourceSentence: s.text, sourceStart: s.start, sourceEnd: s.end, suggested: false });
    expect(card.prompt).toContain("_____");
    expect(card.prompt).not.toContain(answer);

    const mine = await getArticle(a.id, article.id);
    expect(mine.cards[0].id).toBe(card.id);
    const study = await getStudyState(a.id, NOW);
    expect(study.cards[0].prompt).toBe(card.prompt);
    const map = await getMemoryMap(a.id, article, NOW);
    const mark = map.paragraphs.flat().find((seg) => seg.kind === "mark" && seg.cards.some((c) => c.id === card.id));
    expect(mark?.start).toBe(s.start);
    expect((await getExportDeck(a.id, article.id)).cards.map((c) => c.id)).toContain(card.id);

    // Nobody else sees it: not another reader, not one who signs up later, not after the seed runs again.
    expect((await getArticle(b.id, article.id)).cards.map((c) => c.id)).not.toContain(card.id);
    expect((await getExportDeck(b.id, article.id)).cards.map((c) => c.id)).not.toContain(card.id);
    expect((await getStudyState(b.id, NOW)).cards.map((c) => c.prompt)).not.toContain(card.prompt);
    await seedBuiltins();
    const later = await makeUser("later");
    expect(await db.cardState.count({ where: { cardId: card.id } })).toBe(1);
    expect((await getArticle(later.id, article.id)).cards.map((c) => c.id)).not.toContain(card.id);
    expect(await db.card.findUniqueOrThrow({ where: { id: card.id }, select: { retiredAt: true, prompt: true } })).toEqual({ retiredAt: null, prompt: card.prompt });
  });

  test("a question card; the same card twice is refused; a passage not in the text is refused; nothing saved for either", async () => {
    const a = await makeUser("maker");
    const article = await builtin();
    const s = await sentenceWithoutCards(article);
    const input = ZMakeCardSchema.parse({ articleId: article.id, kind: "question", sentence: s.text, sentenceStart: String(s.start), answer: "Yes", question: "Is this a question of my own?" });
    expect((await makeOwnCard(a.id, input, NOW)).ok).toBe(true);
    expect(await makeOwnCard(a.id, input, NOW)).toEqual({ ok: false, errors: {}, message: "You already have this card." });
    const notThere = await makeOwnCard(a.id, { ...input, sentence: "A sentence this article does not have." }, NOW);
    expect(notThere).toMatchObject({ ok: false, errors: { sentence: expect.stringMatching(/not in the article's text/) } });
    expect(await db.card.count({ where: { ownerId: a.id } })).toBe(1);
    expect(await db.cardState.count({ where: { userId: a.id, card: { ownerId: a.id } } })).toBe(1);
  });

  test("another reader's article, an unknown one, or one whose cards are still to be chosen: refused", async () => {
    const [a, b] = [await makeUser("owner"), await makeUser("intruder")];
    const { id } = await makeBareArticle(a.id, "Private");
    await db.article.update({ where: { id }, data: { text: "The owner wrote this sentence here." } });
    await db.userArticle.create({ data: { userId: a.id, articleId: id } });
    const input = cloze(id, "The owner wrote this sentence here.", "owner");
    await expect(makeOwnCard(b.id, input, NOW)).rejects.toMatchObject({ code: AppErrorCode.NOT_FOUND });
    await expect(makeOwnCard(a.id, { ...input, articleId: "nope" }, NOW)).rejects.toMatchObject({ code: AppErrorCode.NOT_FOUND });
    await db.userArticle.update({ where: { userId_articleId: { userId: a.id, articleId: id } }, data: { cardsToReview: true } });
    await expect(makeOwnCard(a.id, input, NOW)).rejects.toMatchObject({ code: AppErrorCode.NOT_FOUND });
    await db.userArticle.update({ where: { userId_articleId: { userId: a.id, articleId: id } }, data: { cardsToReview: false } });
    expect(await makeOwnCard(a.id, input, NOW)).toMatchObject({ ok: true });
    expect(await db.card.count({ where: { articleId: id } })).toBe(1);
  });
});
