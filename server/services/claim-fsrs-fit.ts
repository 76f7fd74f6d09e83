import "server-only";

import { db } from "@/server/db";

/** How long one fit may run; the optimizer is abandoned after it. */
export const FIT_TIME_LIMIT_MS = 120_000;
/** A run older than this is dead (the server stopped during it), so its lock no longer holds. */
export const FIT_STALE_MS = 2 * FIT_TIME_LIMIT_MS;

/**
 * Takes the reader's fit lock: true when this caller may run the fit, false when one is already running.
 * The reader's FsrsFit row is the lock; one conditional UPDATE takes it, so of two requests at once exactly
 * one wins, in SQLite as in PostgreSQL and across server processes.
 */
export async function claimFsrsFit(userId: string, now: Date): Promise<boolean> {
  try {
    await db.fsrsFit.upsert({ where: { userId }, create: { userId }, update: {} });
  } catch {
    // Two first requests at once: the other one created the row.
  }
  const { count } = await db.fsrsFit.updateMany({
    where: { userId, OR: [{ status: "idle" }, { startedAt: null }, { startedAt: { lt: new Date(now.getTime() - FIT_STALE_MS) } }] },
    data: { status: "running", startedAt: now, progress: 0 },
  });
  return count === 1;
}
