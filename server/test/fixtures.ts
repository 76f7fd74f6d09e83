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

/**
 * A reader with an article of `n` simple cards, all in their queue. Each card has a sentence of its own,
 * unless `sentenceOf(i)` groups them (cards with the same sentence are siblings); `suggested(i)` marks
 * suggestions, which are stored but not put in the queue.
 */
export async function makeUserWithCards(
  n: number,
  now = new Date("2024-03-01T12:00:00Z"),
  options: { sentenceOf?: (i: number) => number; suggested?: (i: number) => boolean } = {},
) {
  const { syncArticleCards } = await import("@/server/services/sync-article-cards");
  const { enrollArticle } = await import("@/server/services/enroll-article");
  // Not through sign-up: this reader studies only the given cards, not the built-in article.
  const user = await db.user.create({
    data: { email: `study-${randomUUID()}@example.com`, passwordHash: "x", settings: { create: {} } },
    select: { id: true, email: true },
  });
  const { id: articleId } = await makeBareArticle(user.id, "Cards");
  const cards = Array.from({ length: n }, (_, i) => {
    const sentence = options.sentenceOf?.(i) ?? i;
    return {
      kind: "question" as const,
      prompt: `Question ${i + 1}?`,
      answer: `Answer ${i + 1}`,
      aliases: [],
      distractors: [],
      source: { sentence: `Fact ${sentence + 1}.`, start: sentence * 10, end: sentence * 10 + 7 },
      factKey: `fact-${i + 1}`,
      score: 1 - i / 100,
      suggested: options.suggested?.(i) ?? false,
    };
  });
  await syncArticleCards(db, articleId, cards, now);
  await enrollArticle(db, user.id, articleId, now);
  return { user, articleId };
}

/** An article row of the reader's with no cards (cards are then given explicitly). */
export async function makeBareArticle(userId: string, title = "Bare") {
  return db.article.create({ data: { ownerId: userId, title, text: "Facts.", wordCount: 1 }, select: { id: true } });
}
