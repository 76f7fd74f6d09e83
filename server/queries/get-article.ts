import "server-only";

import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { db } from "@/server/db";
import { applyOverride } from "@/server/mappers/card-override";
import { whereReaderCards } from "@/server/queries/where-reader-cards";

/**
 * One article the reader may see (built-in or their own), with its cards as this reader sees them
 * (suggestions only once added), the suggestions they may still add (of an article they study), and
 * whether its cards are still to be chosen (then it has no cards yet: the review screen shows them).
 */
export async function getArticle(userId: string, articleId: string) {
  const article = await db.article.findFirst({
    where: { id: articleId, OR: [{ ownerId: null }, { ownerId: userId }] },
    include: {
      cards: {
        where: whereReaderCards(userId),
        orderBy: { rank: "asc" },
        include: { overrides: { where: { userId } } },
      },
      enrollments: { where: { userId }, select: { cardsToReview: true } },
    },
  });
  if (!article) throw new AppError(AppErrorCode.NOT_FOUND, { message: "That article does not exist, or it is not yours." });
  const { cards, enrollments, ...rest } = article;
  const studied = enrollments.length > 0 && !enrollments[0].cardsToReview;
  const suggestions = studied
    ? await db.card.findMany({
        where: { articleId, retiredAt: null, suggested: true, ownerId: null, states: { none: { userId } } },
        orderBy: { rank: "asc" },
        select: { id: true, kind: true, prompt: true, answer: true, sourceSentence: true },
      })
    : [];
  return {
    ...rest,
    builtIn: article.ownerId === null,
    cardsToReview: enrollments[0]?.cardsToReview ?? false,
    suggestions,
    cards: cards.map(({ overrides, ...card }) => ({
      ...card,
      ...applyOverride(card, overrides[0]),
      distractors: (card.distractors as string[]) ?? [],
    })),
  };
}
