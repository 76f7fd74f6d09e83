import "server-only";

import type { ReviewCard } from "@/lib/choosing/reduce-card-review";
import { db } from "@/server/db";

export type CardsToReview = {
  article: { id: string; title: string; text: string; publishedAt: Date | null };
  /** The generator's deck, best first. */
  cards: ReviewCard[];
  /** Its lower-ranked suggestions, best first. */
  suggestions: ReviewCard[];
};

/**
 * A reader's own article still waiting for them to choose its cards, with the proposed cards and the
 * suggestions; null when there is no such article of theirs (never saved, saved already, or another's).
 */
export async function getCardsToReview(userId: string, articleId: string): Promise<CardsToReview | null> {
  const article = await db.article.findFirst({
    where: { id: articleId, ownerId: userId, enrollments: { some: { userId, cardsToReview: true } } },
    select: {
      id: true,
      title: true,
      text: true,
      publishedAt: true,
      cards: {
        where: { retiredAt: null, ownerId: null },
        orderBy: { rank: "asc" },
        select: { id: true, kind: true, prompt: true, answer: true, sourceSentence: true, sourceStart: true, sourceEnd: true, suggested: true },
      },
    },
  });
  if (!article) return null;
  const { cards, ...rest } = article;
  const strip = ({ suggested: _suggested, ...c }: (typeof cards)[number]): ReviewCard => c;
  return { article: rest, cards: cards.filter((c) => !c.suggested).map(strip), suggestions: cards.filter((c) => c.suggested).map(strip) };
}
