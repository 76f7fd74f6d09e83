import "server-only";

import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { generateDeck } from "@/lib/generation";
import { normalizeText } from "@/lib/generation/normalize-text";
import type { TCreateArticleSchema } from "@/lib/validations/article";
import { db } from "@/server/db";
import { syncArticleCards } from "@/server/services/sync-article-cards";

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

type NewArticle = Pick<TCreateArticleSchema, "title" | "text"> & { sourceUrl?: string; publishedAt?: Date };

/**
 * Saves a reader's own article with the cards the generator makes from it, in one transaction, and leaves
 * it waiting for the reader to choose its cards (UserArticle.cardsToReview): none of them enters the queue
 * until saveChosenCards. `cards` is how many the generator proposes (suggestions not counted). Pasted HTML
 * is stored as its visible text (what the cards point into). Text that yields no cards (empty, binary,
 * another language, no sentences) is refused with the reason.
 */
export async function createArticle(userId: string, input: NewArticle, now: Date = new Date()): Promise<{ id: string; cards: number }> {
  const normalized = normalizeText(input.text);
  if (normalized.reason) {
    throw new AppError(AppErrorCode.INVALID_INPUT, { message: `No cards could be made from this text: ${normalized.reason}` });
  }
  const deck = generateDeck({ text: normalized.text, title: input.title, publishedAt: input.publishedAt });
  if (deck.cards.length === 0) {
    throw new AppError(AppErrorCode.INVALID_INPUT, {
      message: `No cards could be made from this text: ${deck.reason ?? "it holds no facts a card could ask about."}`,
    });
  }
  return db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        ownerId: userId,
        title: input.title,
        text: normalized.text,
        sourceUrl: input.sourceUrl ?? null,
        publishedAt: input.publishedAt ?? null,
        wordCount: countWords(normalized.text),
      },
      select: { id: true },
    });
    await syncArticleCards(tx, article.id, deck.cards, now);
    await tx.userArticle.create({ data: { userId, articleId: article.id, addedAt: now, cardsToReview: true } });
    return { id: article.id, cards: deck.cards.filter((c) => !c.suggested).length };
  });
}
