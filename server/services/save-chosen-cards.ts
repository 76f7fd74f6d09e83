import "server-only";

import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { validateCardEdit, type TSaveChosenCardsSchema } from "@/lib/validations/choose-cards";
import { db } from "@/server/db";

/**
 * Saves the cards a reader chose from their new article, in one transaction: the accepted ones (proposed
 * cards and added suggestions) enter the queue with a new FSRS state, due now, an edited one with the
 * reader's wording (a CardOverride, so the generator's card stays as made); every other card of the article
 * is kept as a suggestion (`suggested`), out of the queue but listed on the article page to add later,
 * and still matched by its fact key if the article is generated again. The article then stops waiting.
 *
 * Idempotent: only the save that finds the article still waiting changes anything; another (a double
 * click, a retry, a second tab) gets `alreadySaved` and no card state is made twice.
 */
export async function saveChosenCards(
  userId: string,
  { articleId, accepted }: TSaveChosenCardsSchema,
  now: Date,
): Promise<{ cards: number; alreadySaved: boolean }> {
  return db.$transaction(async (tx) => {
    const enrollment = await tx.userArticle.findFirst({
      where: { userId, articleId, article: { ownerId: userId } },
      select: { cardsToReview: true },
    });
    if (!enrollment) throw new AppError(AppErrorCode.NOT_FOUND, { message: "That article does not exist, or it is not yours." });
    if (!enrollment.cardsToReview) return { cards: 0, alreadySaved: true };

    const cards = await tx.card.findMany({ where: { articleId, retiredAt: null, ownerId: null }, select: { id: true, kind: true, prompt: true, answer: true } });
    const byId = new Map(cards.map((c) => [c.id, c]));
    const overrides: { cardId: string; prompt: string; answer: string }[] = [];
    for (const choice of accepted) {
      const card = byId.get(choice.cardId);
      if (!card) throw new AppError(AppErrorCode.INVALID_INPUT, { message: "One of the chosen cards is not a card of this article. Reload the page and choose again." });
      if (!choice.edit) continue;
      const checked = validateCardEdit(card.kind, choice.edit);
      if (!checked.ok) {
        throw new AppError(AppErrorCode.INVALID_INPUT, {
          message: `The card “${card.prompt}” cannot be saved as edited: ${checked.errors.prompt ?? checked.errors.answer}`,
        });
      }
      if (checked.value.prompt !== card.prompt || checked.value.answer !== card.answer) overrides.push({ cardId: card.id, ...checked.value });
    }

    // Claim the article first: of two saves racing, the second finds nothing to claim (on PostgreSQL it
    // waits for the first's row lock, then re-reads the row) and changes nothing.
    const claimed = await tx.userArticle.updateMany({ where: { userId, articleId, cardsToReview: true }, data: { cardsToReview: false } });
    if (claimed.count === 0) return { cards: 0, alreadySaved: true };

    const chosen = new Set(accepted.map((c) => c.cardId));
    const notChosen = cards.filter((c) => !chosen.has(c.id)).map((c) => c.id);
    if (notChosen.length) await tx.card.updateMany({ where: { id: { in: notChosen }, suggested: false }, data: { suggested: true } });
    const stated = await tx.cardState.findMany({ where: { userId, cardId: { in: [...chosen] } }, select: { cardId: true } });
    const have = new Set(stated.map((s) => s.cardId));
    const fresh = accepted.filter((c) => !have.has(c.cardId));
    if (fresh.length) await tx.cardState.createMany({ data: fresh.map((c) => ({ userId, cardId: c.cardId, due: now })) });
    for (const o of overrides) {
      await tx.cardOverride.upsert({
        where: { userId_cardId: { userId, cardId: o.cardId } },
        create: { userId, cardId: o.cardId, prompt: o.prompt, answer: o.answer },
        update: { prompt: o.prompt, answer: o.answer },
      });
    }
    return { cards: accepted.length, alreadySaved: false };
  });
}
