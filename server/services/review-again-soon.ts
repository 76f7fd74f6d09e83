import "server-only";

import { State } from "ts-fsrs";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { db } from "@/server/db";

/**
 * "Review this card again soon": a missed quiz card becomes due now (a review card) or stays new; its FSRS
 * memory state is untouched, so quiz answers never change scheduling otherwise. Returns how many cards
 * were brought forward.
 *
 * Two conditional updates in one transaction, no read first: the database decides at write time which
 * cards to bring forward (not new, due later), so a grade landing in between cannot be overwritten from a
 * stale read, every touched card's version moves on (a page holding it must reload, and undo of its last
 * review is refused), and a failure leaves every card as it was.
 */
export async function reviewAgainSoon(userId: string, cardIds: string[], now: Date): Promise<number> {
  const mine = { userId, cardId: { in: cardIds } };
  const [moved, touched] = await db.$transaction([
    db.cardState.updateMany({ where: { ...mine, state: { not: State.New }, due: { gt: now } }, data: { due: now } }),
    db.cardState.updateMany({ where: mine, data: { suspended: false, buriedUntil: null, version: { increment: 1 } } }),
  ]);
  if (touched.count === 0) throw new AppError(AppErrorCode.NOT_FOUND, { message: "That card is not in your deck." });
  return moved.count;
}
