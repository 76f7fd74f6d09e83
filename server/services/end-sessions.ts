import "server-only";

import { db } from "@/server/db";

/**
 * Ends every session of a user by raising their session version. Given the version of the session that
 * asks (sign-out), only a current session can do it, so a stale token cannot sign the reader out again and again.
 */
export async function endSessions(userId: string, ifVersion?: number): Promise<boolean> {
  const { count } = await db.user.updateMany({
    where: { id: userId, ...(ifVersion === undefined ? {} : { sessionVersion: ifVersion }) },
    data: { sessionVersion: { increment: 1 } },
  });
  return count === 1;
}
