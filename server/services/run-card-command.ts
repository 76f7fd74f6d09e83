import "server-only";

import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { forgetCard, getBuryUntil } from "@/lib/scheduling";
import type { TCardCommandSchema } from "@/lib/validations/review";
import { db } from "@/server/db";
import { fromFsrsCard, toFsrsCard } from "@/server/mappers/card-state";
import { getUserSettings } from "@/server/queries/get-user-settings";

const DONE: Record<TCardCommandSchema["command"], string> = {
  suspend: "Card suspended: it stays out of your reviews until you unsuspend it.",
  unsuspend: "Card unsuspended.",
  bury: "Card buried until tomorrow.",
  reset: "Card reset: it is new again.",
};

/** Suspends, unsuspends, buries until the next study day, or resets (forgets) one of the reader's cards. */
export async function runCardCommand(userId: string, { stateId, command }: TCardCommandSchema, now: Date): Promise<{ message: string }> {
  const row = await db.cardState.findFirst({ where: { id: stateId, userId } });
  if (!row) throw new AppError(AppErrorCode.NOT_FOUND, { message: "That card is not in your deck." });
  let data: Record<string, unknown>;
  if (command === "suspend" || command === "unsuspend") data = { suspended: command === "suspend" };
  else if (command === "bury") {
    const s = await getUserSettings(userId);
    data = { buriedUntil: getBuryUntil(now, s.timeZone, s.dayStartHour) };
  } else data = { ...fromFsrsCard(forgetCard(toFsrsCard(row), now, true).card), buriedUntil: null };
  const updated = await db.cardState.updateMany({ where: { id: row.id, version: row.version }, data: { ...data, version: { increment: 1 } } });
  if (updated.count !== 1) throw new AppError(AppErrorCode.CONFLICT, { message: "That card changed in the meantime; try again." });
  return { message: DONE[command] };
}
