import "server-only";

import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import type { TEditCardSchema } from "@/lib/validations/review";
import { db } from "@/server/db";

/** Saves the reader's own wording of a card. Other readers of a shared article keep the original. */
export async function editCard(userId: string, { stateId, prompt, answer }: TEditCardSchema): Promise<void> {
  const row = await db.cardState.findFirst({ where: { id: stateId, userId }, select: { cardId: true } });
  if (!row) throw new AppError(AppErrorCode.NOT_FOUND, { message: "That card is not in your deck." });
  await db.cardOverride.upsert({
    where: { userId_cardId: { userId, cardId: row.cardId } },
    create: { userId, cardId: row.cardId, prompt, answer },
    update: { prompt, answer },
  });
}
