import "server-only";

import bcrypt from "bcryptjs";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { resolveTimeZone } from "@/lib/scheduling/resolve-time-zone";
import type { TSignUpSchema } from "@/lib/validations/auth";
import { db } from "@/server/db";
import { isUniqueViolation } from "@/server/errors/is-unique-violation";
import { enrollArticle } from "@/server/services/enroll-article";

export const BCRYPT_COST = 10;

/**
 * Creates an account with default settings (in the reader's time zone when it is a valid one), enrolled
 * in every built-in article.
 * Throws AppError ALREADY_EXISTS when the email is taken (also under a concurrent sign-up).
 */
export async function createUser(input: TSignUpSchema, now: Date = new Date(), timeZone = ""): Promise<{ id: string; email: string }> {
  const zone = resolveTimeZone(timeZone.slice(0, 64)) ?? "UTC";
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) {
    throw new AppError(AppErrorCode.ALREADY_EXISTS, { message: "An account with that email already exists. Sign in instead." });
  }
  const passwordHash = await bcrypt.hash(input.password, BCRYPT_COST);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name || null, passwordHash, settings: { create: { timeZone: zone } } },
        select: { id: true, email: true },
      });
      const builtins = await tx.article.findMany({ where: { ownerId: null }, select: { id: true } });
      for (const a of builtins) await enrollArticle(tx, user.id, a.id, now);
      return user;
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw new AppError(AppErrorCode.ALREADY_EXISTS, { message: "An account with that email already exists. Sign in instead." });
    }
    throw e;
  }
}
