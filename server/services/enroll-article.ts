import "server-only";

import type { Db } from "@/server/db";

type Tx = Pick<Db, "userArticle" | "card" | "cardState">;

/**
 * Puts an article's cards into a reader's queue: records the enrollment and gives every card without a
 * state a new FSRS state, due now. Suggestions get none: they stay out of the queue (and quizzes and
 * counts) until the reader adds one (addSuggestedCard), and so do cards other readers made for themselves. Safe to call again (after regeneration it adds
 * only the new cards, and those no longer suggestions). An article whose cards the reader has not chosen
 * yet (cardsToReview) gets nothing: saveChosenCards decides which of its cards are theirs.
 */
export async function enrollArticle(tx: Tx, userId: string, articleId: string, now: Date): Promise<number> {
  const enrollment = await tx.userArticle.upsert({
    where: { userId_articleId: { userId, articleId } },
    create: { userId, articleId, addedAt: now },
    update: {},
    select: { cardsToReview: true },
  });
  if (enrollment.cardsToReview) return 0;
  const cards = await tx.card.findMany({
    where: { articleId, retiredAt: null, suggested: false, ownerId: null, states: { none: { userId } } },
    select: { id: true },
  });
  if (cards.length === 0) return 0;
  await tx.cardState.createMany({ data: cards.map((c) => ({ userId, cardId: c.id, due: now })) });
  return cards.length;
}
