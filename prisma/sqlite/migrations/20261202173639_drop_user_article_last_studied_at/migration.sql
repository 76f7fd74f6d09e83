/*
  Warnings:

  - You are about to drop the column `lastStudiedAt` on the `UserArticle` table. All the data in the column will be lost.

*/
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_UserArticle" (
    "userId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "addedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cardsToReview" BOOLEAN NOT NULL DEFAULT false,

    PRIMARY KEY ("userId", "articleId"),
    CONSTRAINT "UserArticle_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "UserArticle_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_UserArticle" ("addedAt", "articleId", "cardsToReview", "userId") SELECT "addedAt", "articleId", "cardsToReview", "userId" FROM "UserArticle";
DROP TABLE "UserArticle";
ALTER TABLE "new_UserArticle" RENAME TO "UserArticle";
CREATE INDEX "UserArticle_articleId_idx" ON "UserArticle"("articleId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
