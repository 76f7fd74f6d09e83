import "server-only";

import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { db } from "@/server/db";
import { getUserSettings } from "@/server/queries/get-user-settings";
import { rebuildReviewStats } from "@/server/services/rebuild-review-stats";

/** Deletes a reader's own article with its cards and their reviews. Built-in articles cannot be deleted. */
export async function deleteArticle(userId: string, articleId: string): Promise<void> {
  // Read before the transaction: inside it, only `tx` may be used (see server/serialize-sqlite-transactions.ts).
  const settings = await getUserSettings(userId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.article.deleteMany({ where: { id: articleId, ownerId: userId } });
    if (count === 0) throw new AppError(AppErrorCode.NOT_FOUND, { message: "That article does not exist, or it is not yours." });
    // Its cards' review logs went with it; the day statistics follow the logs.
    await rebuildReviewStats(userId, tx, settings);
  });
}
