import { randomUUID } from "node:crypto";
import { db } from "@/server/db";
import { createUser } from "@/server/services/create-user";
import { seed } from "@/prisma/seed";

/** A fresh account, created through the same service as sign-up. */
export async function makeUser(prefix = "u") {
  return createUser({ email: `${prefix}-${randomUUID()}@example.com`, password: "password123", name: "" });
}

/** The built-in articles, seeded through the same code as `npm run db:seed`. */
export async function seedBuiltins() {
  return seed(db, new Date("2024-01-01T00:00:00Z"));
}

/** A reader with an article of `n` simple cards, all in their queue. */
export async function makeUserWithCards(n: number, now = new Date("2024-03-01T12:00:00Z")) {
  const { syncArticleCards } = await import("@/server/services/sync-article-cards");
  const { enrollArticle } = await import("@/server/services/enroll-article");
  // Not through sign-up: this reader studies only the given cards, not the built-in article.
  const user = await db.user.create({
    data: { email: `study-${randomUUID()}@example.com`, passwordHash: "x", settings: { create: {} } },
    select: { id: true, email: true },
  });
  const { id: articleId } = await makeBareArticle(user.id, "Cards");
  const cards = Array.from({ length: n }, (_, i) => ({
    kind: "question" as const,
    prompt: `Question ${i + 1}?`,
    answer: `Answer ${i + 1}`,
    aliases: [],
    distractors: [],
    source: { sentence: `Fact ${i + 1}.`, start: 0, end: 7 },
    factKey: `fact-${i + 1}`,
    score: 1 - i / 100,
  }));
  await syncArticleCards(db, articleId, cards, now);
  await enrollArticle(db, user.id, articleId, now);
  return { user, articleId };
}

/** An article row of the reader's with no cards (cards are then given explicitly). */
export async function makeBareArticle(userId: string, title = "Bare") {
  return db.article.create({ data: { ownerId: userId, title, text: "Facts.", wordCount: 1 }, select: { id: true } });
}
