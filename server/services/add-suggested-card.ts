import "server-only";

import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { db } from "@/server/db";

/**
 * Adds a suggestion (a card the generator offered but kept out of the queue) of an article the reader
 * studies to their queue: it gets a new FSRS state, due now, and from then on counts as one of their cards.
 * Adding it again changes nothing. While the reader is still choosing the article's cards, the review
 * screen adds suggestions (saveChosenCards), not this.
 */
export async function addSuggestedCard(userId: string, cardId: string, now: Date): Promise<{ stateId: string }> {
  const card = await db.card.findFirst({
    where: { id: cardId, suggested: true, retiredAt: null, article: { enrollments: { some: { userId, cardsToReview: false } } } },
    select: { id: true },
  });
  if (!card) throw new AppError(AppErrorCode.NOT_FOUND, { message: "That suggestion does not exist, or it is not in your articles." });
  const state = await db.cardState.upsert({
    where: { userId_cardId: { userId, cardId: card.id } },
    create: { userId, cardId: card.id, due: now },
    update: {},
    select: { id: true },
  });
  return { stateId: state.id };
}
