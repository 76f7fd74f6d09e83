import "server-only";

import type { ExportArticle, ExportCard } from "@/lib/export/build-anki-collection";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { db } from "@/server/db";
import { applyOverride } from "@/server/mappers/card-override";
import { whereReaderCards } from "@/server/queries/where-reader-cards";

/**
 * One article's deck as a reader exports it: the article (built-in, or the reader's own) and the cards
 * that are this reader's (no suggestion they have not added, no retired card), in the deck's order, in
 * the reader's own wording, with whether the reader suspended each.
 */
export async function getExportDeck(userId: string, articleId: string): Promise<{ article: ExportArticle; cards: ExportCard[] }> {
  const article = await db.article.findFirst({
    where: { id: articleId, OR: [{ ownerId: null }, { ownerId: userId }] },
    select: {
      id: true,
      title: true,
      cards: {
        where: whereReaderCards(userId),
        orderBy: [{ rank: "asc" }, { id: "asc" }],
        select: {
          id: true,
          prompt: true,
          answer: true,
          aliases: true,
          sourceSentence: true,
          overrides: { where: { userId }, select: { prompt: true, answer: true, aliases: true } },
          states: { where: { userId }, select: { suspended: true } },
        },
      },
    },
  });
  if (!article) throw new AppError(AppErrorCode.NOT_FOUND, { message: "That article does not exist, or it is not yours." });
  return {
    article: { id: article.id, title: article.title },
    cards: article.cards.map((c) => {
      const { prompt, answer } = applyOverride(c, c.overrides[0]);
      return { id: c.id, prompt, answer, sourceSentence: c.sourceSentence, suspended: c.states[0]?.suspended ?? false };
    }),
  };
}
