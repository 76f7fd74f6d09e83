import { beforeAll, describe, expect, test } from "vitest";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { db } from "@/server/db";
import { getArticle } from "@/server/queries/get-article";
import { listArticles } from "@/server/queries/list-articles";
import { createArticle } from "@/server/services/create-article";
import { deleteArticle } from "@/server/services/delete-article";
import { makeUser, seedBuiltins } from "@/server/test/fixtures";

const TEXT = "The city council approved a budget of $4 million on Tuesday. Mayor Jane Doe said it adds 40 buses.";

beforeAll(async () => {
  await seedBuiltins();
});

describe("article scoping", () => {
  test("a reader sees the built-in articles and their own, never another reader's", async () => {
    const alice = await makeUser("alice");
    const bob = await makeUser("bob");
    const { id } = await createArticle(alice.id, { title: "Alice only", text: TEXT });

    const aliceList = await listArticles(alice.id);
    const bobList = await listArticles(bob.id);
    expect(aliceList.map((a) => a.title)).toContain("Alice only");
    expect(bobList.map((a) => a.title)).not.toContain("Alice only");
    expect(bobList.some((a) => a.builtIn && a.enrolled)).toBe(true);

    await expect(getArticle(bob.id, id)).rejects.toSatisfy((e) => AppError.is(e, AppErrorCode.NOT_FOUND));
    expect((await getArticle(alice.id, id)).title).toBe("Alice only");
  });

  test("only the owner can delete an article, and never a built-in one", async () => {
    const alice = await makeUser("alice");
    const bob = await makeUser("bob");
    const { id } = await createArticle(alice.id, { title: "Keep me", text: TEXT });
    await expect(deleteArticle(bob.id, id)).rejects.toSatisfy((e) => AppError.is(e, AppErrorCode.NOT_FOUND));
    expect(await db.article.count({ where: { id } })).toBe(1);

    const builtin = await db.article.findFirstOrThrow({ where: { ownerId: null } });
    await expect(deleteArticle(alice.id, builtin.id)).rejects.toSatisfy((e) => AppError.is(e, AppErrorCode.NOT_FOUND));

    await deleteArticle(alice.id, id);
    expect(await db.article.count({ where: { id } })).toBe(0);
  });

  test("an article's word count and enrollment are stored", async () => {
    const alice = await makeUser("alice");
    const { id } = await createArticle(alice.id, { title: "Counted", text: TEXT, publishedAt: new Date("2024-05-01T12:00:00Z") });
    const row = await db.article.findUniqueOrThrow({ where: { id }, include: { enrollments: true } });
    expect(row.wordCount).toBe(19);
    expect(row.enrollments.map((e) => e.userId)).toEqual([alice.id]);
    expect(row.publishedAt?.toISOString()).toBe("2024-05-01T12:00:00.000Z");
  });
});

describe("createArticle", () => {
  test("stores the generated cards, none in the reader's queue until they choose (server/services/choose-cards.test.ts)", async () => {
    const alice = await makeUser("alice");
    const { id, cards } = await createArticle(alice.id, { title: "Budget", text: TEXT, publishedAt: new Date("2024-05-01T12:00:00Z") });
    expect(cards).toBeGreaterThan(0);
    expect(await db.card.count({ where: { articleId: id, suggested: false } })).toBe(cards);
    expect(await db.cardState.count({ where: { userId: alice.id, card: { articleId: id } } })).toBe(0);
    expect(await db.userArticle.findUniqueOrThrow({ where: { userId_articleId: { userId: alice.id, articleId: id } } })).toMatchObject({ cardsToReview: true });
  });

  test("pasted HTML is stored as its visible text", async () => {
    const alice = await makeUser("alice");
    const html = `<html><head><style>p{}</style></head><body><p>${TEXT}</p><script>alert(1)</script></body></html>`;
    const { id } = await createArticle(alice.id, { title: "HTML", text: html });
    const row = await db.article.findUniqueOrThrow({ where: { id } });
    expect(row.text).toContain("Mayor Jane Doe");
    expect(row.text).not.toMatch(/<|alert/);
    const card = await db.card.findFirstOrThrow({ where: { articleId: id } });
    expect(row.text.slice(card.sourceStart, card.sourceEnd)).toBe(card.sourceSentence);
  });

  test.each([
    ["binary", "\u0000\u0001\u0002garbage\u0000"],
    ["another language", "Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen. Die Bürgermeisterin sagte, er bringe vierzig Busse."],
  ])("refuses %s with a reason and saves nothing", async (_name, text) => {
    const alice = await makeUser("alice");
    await expect(createArticle(alice.id, { title: "Bad", text })).rejects.toSatisfy(
      (e) => AppError.is(e, AppErrorCode.INVALID_INPUT) && /^No cards could be made from this text: /.test((e as Error).message),
    );
    expect(await db.article.count({ where: { ownerId: alice.id } })).toBe(0);
  });
});
