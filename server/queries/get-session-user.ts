import "server-only";

import { db } from "@/server/db";

/**
 * The user a session token names, if the token's session version is still the user's: null for a deleted
 * account, or after sign-out, a password change or account deletion raised the version.
 */
export async function getSessionUser(id: unknown, version: unknown): Promise<{ id: string; email: string; name: string | null } | null> {
  if (typeof id !== "string" || typeof version !== "number" || !Number.isInteger(version)) return null;
  return db.user.findFirst({ where: { id, sessionVersion: version }, select: { id: true, email: true, name: true } });
}
