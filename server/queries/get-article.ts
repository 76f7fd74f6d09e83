import "server-only";

import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { db } from "@/server/db";
import { applyOverride } from "@/server/mappers/card-override";
import { whereReaderCards } from "@/server/queries/where-reader-cards";

/** One article the reader may see (built-in or their own), with its cards as this reader sees them (suggestions only once added). */
export async function getArticle(userId: string, articleId: string) {
  const article = await db.article.findFirst({
    where: { id: articleId, OR: [{ ownerId: null }, { ownerId: userId }] },
    include: {
      cards: {
        where: whereReaderCards(userId),
        orderBy: { rank: "asc" },
        include: { overrides: { where: { userId } } },
      },
    },
  });
  if (!article) throw new AppError(AppErrorCode.NOT_FOUND, { message: "That article does not exist, or it is not yours." });
  const { cards, ...rest } = article;
  return {
    ...rest,
    builtIn: article.ownerId === null,
    cards: cards.map(({ overrides, ...card }) => ({
      ...card,
      ...applyOverride(card, overrides[0]),
      distractors: (card.distractors as string[]) ?? [],
    })),
  };
}
