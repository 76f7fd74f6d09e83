import "server-only";

import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import type { TReportCardSchema } from "@/lib/validations/review";
import { db } from "@/server/db";

/** Keeps a reader's report of a badly made card (to improve the generator). */
export async function reportCard(userId: string, { stateId, reason, note }: TReportCardSchema): Promise<void> {
  const row = await db.cardState.findFirst({ where: { id: stateId, userId }, select: { cardId: true } });
  if (!row) throw new AppError(AppErrorCode.NOT_FOUND, { message: "That card is not in your deck." });
  await db.cardReport.create({ data: { userId, cardId: row.cardId, reason, note: note || null } });
}
