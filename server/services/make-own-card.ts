import "server-only";

import { buildOwnCard } from "@/lib/making/build-own-card";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import type { TMakeCardSchema } from "@/lib/validations/make-card";
import { db } from "@/server/db";
import { isUniqueViolation } from "@/server/errors/is-unique-violation";

export type TMakeOwnCardResult = { ok: true; cardId: string } | { ok: false; errors: Partial<Record<"sentence" | "answer", string>>; message: string };

/**
 * "Make a card": a card the reader wrote from a passage of an article they study (built-in or their own),
 * stored as theirs only (`Card.ownerId`: no other reader is enrolled in it or sees it, and a regeneration
 * leaves it alone) with the passage's offsets, and put in their queue as a new card, due now. Its rank (-1)
 * puts it before the generator's cards: the reader made it because they want it, so it is their next new card.
 * The same card made twice is refused (its fact key is unique per reader, article and wording).
 */
export async function makeOwnCard(userId: string, input: TMakeCardSchema, now: Date): Promise<TMakeOwnCardResult> {
  const article = await db.article.findFirst({
    where: { id: input.articleId, OR: [{ ownerId: null }, { ownerId: userId }], enrollments: { some: { userId, cardsToReview: false } } },
    select: { id: true, text: true },
  });
  if (!article) throw new AppError(AppErrorCode.NOT_FOUND, { message: "That article does not exist, or it is not one you study." });
  const built = buildOwnCard(article.text, input, userId);
  if (!built.ok) return { ...built, message: "Please correct the highlighted fields." };
  const { factKey, ...card } = built.card;
  try {
    const created = await db.card.create({
      data: { ...card, articleId: article.id, factKey, ownerId: userId, aliases: [], distractors: [], rank: -1, score: 1, states: { create: { userId, due: now } } },
      select: { id: true },
    });
    return { ok: true, cardId: created.id };
  } catch (e) {
    if (isUniqueViolation(e)) return { ok: false, errors: {}, message: "You already have this card." };
    throw e;
  }
}
