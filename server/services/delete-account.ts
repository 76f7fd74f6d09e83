import "server-only";

import { db } from "@/server/db";
import { subjectKey } from "@/server/rate-limit/consume-rate-limit";
import { assertOwnPassword } from "@/server/services/change-password";

/**
 * Deletes a reader and every row of theirs, in one transaction, once their password is proven (throws
 * AppError UNAUTHORIZED or RATE_LIMITED otherwise): their own articles with those articles' cards, card
 * states, review logs, day statistics, overrides, reports, quizzes and answers, settings, enrolments, and
 * the rate-limit counters kept for them. Built-in articles and other readers' rows are untouched. Their
 * sessions end with the user row (server/auth/auth.ts finds no user for the token).
 */
export async function deleteAccount(user: { id: string; email: string }, password: string, now: Date): Promise<void> {
  await assertOwnPassword(user.email, password, now);
  const where = { userId: user.id };
  await db.$transaction(async (tx) => {
    // Children before parents, so the result does not depend on the database enforcing cascades.
    await tx.quizAnswer.deleteMany({ where: { attempt: where } });
    await tx.quizAttempt.deleteMany({ where });
    await tx.reviewLog.deleteMany({ where });
    await tx.reviewDayStat.deleteMany({ where });
    await tx.cardReport.deleteMany({ where });
    await tx.cardOverride.deleteMany({ where });
    await tx.cardState.deleteMany({ where });
    await tx.userArticle.deleteMany({ where });
    await tx.card.deleteMany({ where: { article: { ownerId: user.id } } });
    await tx.article.deleteMany({ where: { ownerId: user.id } });
    await tx.userSettings.deleteMany({ where });
    for (const key of [subjectKey("signInAccount", user.email), subjectKey("articleReader", user.id)]) {
      await tx.rateLimitCounter.deleteMany({ where: { bucket: { startsWith: `${key}:` } } });
    }
    await tx.user.delete({ where: { id: user.id } });
  });
}
