import "server-only";

import { State } from "ts-fsrs";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { db } from "@/server/db";

/**
 * "Review this card again soon": a missed quiz card becomes due now (a review card) or stays new; its FSRS
 * memory state is untouched, so quiz answers never change scheduling otherwise.
 */
export async function reviewAgainSoon(userId: string, cardIds: string[], now: Date): Promise<number> {
  const states = await db.cardState.findMany({ where: { userId, cardId: { in: cardIds } }, select: { id: true, state: true, due: true } });
  if (states.length === 0) throw new AppError(AppErrorCode.NOT_FOUND, { message: "That card is not in your deck." });
  let moved = 0;
  for (const s of states) {
    const bringForward = s.state !== State.New && s.due > now;
    await db.cardState.update({
      where: { id: s.id },
      data: { ...(bringForward ? { due: now } : {}), suspended: false, buriedUntil: null, version: { increment: 1 } },
    });
    if (bringForward) moved++;
  }
  return moved;
}
