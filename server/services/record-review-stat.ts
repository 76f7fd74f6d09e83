import "server-only";

import { classifyReview, parseDayKey, toDayKey } from "@/lib/progress";
import type { TUserSettings } from "@/lib/validations/settings";
import type { Db } from "@/server/db";

const KIND_INDEX = { learning: 0, young: 1, mature: 2 } as const;
const BUTTONS = ["again", "hard", "good", "easy"] as const;

type Log = { review: Date; rating: number; state: number; scheduledDays: number; durationMs: number };

/**
 * Adds (delta 1, a review) or takes back (delta -1, an undo) one answer in the reader's per-day statistics,
 * inside the caller's transaction.
 */
export async function recordReviewStat(
  tx: Pick<Db, "reviewDayStat">,
  userId: string,
  log: Log,
  settings: Pick<TUserSettings, "timeZone" | "dayStartHour">,
  delta: 1 | -1,
): Promise<void> {
  const args = reviewStatUpsert(userId, log, settings, delta);
  if (args) await tx.reviewDayStat.upsert(args);
}

/** What one answer adds to the per-day statistics: its study day, kind, button and time; null for a non-answer. */
export function reviewStatDelta(log: Log, settings: Pick<TUserSettings, "timeZone" | "dayStartHour">) {
  if (log.rating < 1 || log.rating > 4) return null;
  const day = parseDayKey(toDayKey(log.review, settings.timeZone, settings.dayStartHour));
  const kind = KIND_INDEX[classifyReview({ state: log.state, scheduledDays: log.scheduledDays })];
  return { day, kind, button: BUTTONS[log.rating - 1], ms: Math.max(0, Math.round(log.durationMs)) };
}

/** The upsert that records (delta 1) or takes back (delta -1) one answer; null for a log that is not an answer. */
export function reviewStatUpsert(userId: string, log: Log, settings: Pick<TUserSettings, "timeZone" | "dayStartHour">, delta: 1 | -1) {
  const d = reviewStatDelta(log, settings);
  if (!d) return null;
  const { day, kind, button, ms } = d;
  return {
    where: { userId_day_kind: { userId, day, kind } },
    create: { userId, day, kind, [button]: Math.max(0, delta), ms: delta > 0 ? ms : 0 },
    update: { [button]: { increment: delta }, ms: { increment: delta * ms } },
  };
}
