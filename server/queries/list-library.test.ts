import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/server/db";
import { getStudyState } from "@/server/queries/get-study-state";
import { listLibrary } from "@/server/queries/list-library";
import { enrollArticle } from "@/server/services/enroll-article";
import { submitReview } from "@/server/services/submit-review";
import { syncArticleCards } from "@/server/services/sync-article-cards";
import { makeUser, makeUserWithCards, seedBuiltins } from "@/server/test/fixtures";

const T0 = new Date("2024-03-01T12:00:00Z");
const DAY = 86_400_000;

async function addArticle(userId: string, title: string, text: string, at: Date) {
  const { id } = await db.article.create({ data: { ownerId: userId, title, text, wordCount: text.split(" ").length }, select: { id: true } });
  const card = { kind: "question" as const, prompt: "When?", answer: "noon", aliases: [], distractors: [], source: { sentence: text, start: 0, end: text.length }, factKey: "f1", score: 1, suggested: false };
  await syncArticleCards(db, id, [card], at);
  await enrollArticle(db, userId, id, at);
  return id;
}

/** Grades the reader's first card in the queue Easy at `at`, and returns its article. */
async function gradeFirst(userId: string, at: Date) {
  const card = (await getStudyState(userId, at)).cards[0];
  await submitReview(userId, { stateId: card.stateId, grade: 4, durationMs: 1000, idempotencyKey: randomUUID(), version: card.version }, at);
  return (await db.cardState.findUniqueOrThrow({ where: { id: card.stateId }, select: { card: { select: { articleId: true } } } })).card.articleId;
}

beforeAll(async () => {
  await seedBuiltins();
});

describe("listLibrary", () => {
  test("counts, progress, last studied from the review logs, search and the three orders; only this reader's", async () => {
    const { user: a, articleId: cards } = await makeUserWithCards(3, T0);
    const builtin = await db.article.findFirstOrThrow({ where: { ownerId: null }, select: { id: true } });
    await enrollArticle(db, a.id, builtin.id, new Date(T0.getTime() - DAY));
    const ferry = await addArticle(a.id, "Ferry schedule", "The ferry leaves at noon every day.", new Date(T0.getTime() + 1000));
    const b = await makeUser("other");
    await addArticle(b.id, "Secret plans", "The ferry of the other reader leaves at dawn.", T0);

    expect(await gradeFirst(a.id, T0)).toBe(cards);
    expect(await gradeFirst(b.id, new Date(T0.getTime() + 5000))).toBe(builtin.id); // another reader's review: not A's

    const now = new Date(T0.getTime() + 60 * DAY);
    // Other test files may have stored more built-in articles, which every new reader studies too: the order is
    // checked among this test's own articles, and the other reader's article must be absent.
    const ours = new Set([ferry, cards, builtin.id]);
    const added = await listLibrary(a.id, { q: "", sort: "added" }, now);
    expect(added.map((x) => x.id).filter((id) => ours.has(id))).toEqual([ferry, cards, builtin.id]);
    expect(added.every((x) => ours.has(x.id) || x.builtIn)).toBe(true);
    const byId = new Map(added.map((x) => [x.id, x]));
    expect(byId.get(cards)).toMatchObject({ counts: { total: 3, new: 2, learning: 0, review: 1, due: 1, studied: 1, suspended: 0 }, lastStudiedAt: T0 });
    expect(byId.get(ferry)).toMatchObject({ counts: { total: 1, new: 1, due: 0, studied: 0, nextDue: null }, lastStudiedAt: null });
    expect(byId.get(builtin.id)!.lastStudiedAt).toBeNull();
    expect(byId.get(builtin.id)!.counts.studied).toBe(0);
    expect(byId.get(builtin.id)!.counts.new).toBeGreaterThan(0);

    expect((await listLibrary(a.id, { q: "", sort: "studied" }, now))[0].id).toBe(cards);
    expect((await listLibrary(a.id, { q: "", sort: "due" }, now))[0].id).toBe(cards);
    // Before the reviewed card falls due, nothing is due: the soonest next due still leads.
    const soon = await listLibrary(a.id, { q: "", sort: "due" }, new Date(T0.getTime() + 1000));
    expect(soon[0]).toMatchObject({ id: cards, counts: { due: 0 } });

    // A suspended card leaves its queue's count but stays in the total.
    await db.cardState.updateMany({ where: { userId: a.id, card: { articleId: ferry } }, data: { suspended: true } });
    expect((await listLibrary(a.id, { q: "", sort: "added" }, now)).find((x) => x.id === ferry)!.counts).toMatchObject({ total: 1, new: 0, suspended: 1 });

    // Search: title or text, any case; another reader's article never matches.
    expect((await listLibrary(a.id, { q: "FERRY", sort: "added" }, now)).map((x) => x.id)).toEqual([ferry]);
    expect((await listLibrary(a.id, { q: "noon every", sort: "added" }, now)).map((x) => x.id)).toEqual([ferry]);
    expect(await listLibrary(a.id, { q: "dawn", sort: "added" }, now)).toEqual([]);
    expect(await listLibrary(a.id, { q: "100%_", sort: "added" }, now)).toEqual([]);
  });
});
