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
  const { createArticle } = await import("@/server/services/create-article");
  const { syncArticleCards } = await import("@/server/services/sync-article-cards");
  const { enrollArticle } = await import("@/server/services/enroll-article");
  const user = await makeUser("study");
  const { id: articleId } = await createArticle(user.id, { title: "Cards", text: "Facts." }, now);
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
