import "server-only";

import bcrypt from "bcryptjs";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { formatRetryAfter } from "@/lib/rate-limit/format-retry-after";
import { db } from "@/server/db";
import { checkPasswordLimited } from "@/server/services/check-password-limited";
import { BCRYPT_COST } from "@/server/services/create-user";

export const WRONG_CURRENT_PASSWORD = "That is not your current password.";
export const TOO_MANY_PASSWORD_TRIES = "Too many wrong passwords.";

/**
 * Proves the reader knows their password, under the same per-account limit as sign-in (a stolen session
 * cannot guess it faster than a stranger could). Throws AppError UNAUTHORIZED or RATE_LIMITED.
 */
export async function assertOwnPassword(email: string, password: string, now: Date): Promise<void> {
  const result = await checkPasswordLimited(email, password, now);
  if (result.ok) return;
  if (result.retryAfterSeconds !== null) {
    throw new AppError(AppErrorCode.RATE_LIMITED, { message: formatRetryAfter(TOO_MANY_PASSWORD_TRIES, result.retryAfterSeconds) });
  }
  throw new AppError(AppErrorCode.UNAUTHORIZED, { message: WRONG_CURRENT_PASSWORD });
}

/**
 * Sets a new password once the current one is proven, and raises the session version in the same write,
 * so every session signed in before (this one included) ends; the caller signs this browser in again.
 */
export async function changePassword(user: { id: string; email: string }, currentPassword: string, newPassword: string, now: Date): Promise<void> {
  await assertOwnPassword(user.email, currentPassword, now);
  const passwordHash = await bcrypt.hash(newPassword, BCRYPT_COST);
  await db.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
}
