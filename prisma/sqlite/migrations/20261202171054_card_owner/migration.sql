-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Card" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "aliases" JSONB NOT NULL,
    "distractors" JSONB NOT NULL,
    "sourceSentence" TEXT NOT NULL,
    "sourceStart" INTEGER NOT NULL,
    "sourceEnd" INTEGER NOT NULL,
    "factKey" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "score" REAL NOT NULL,
    "suggested" BOOLEAN NOT NULL DEFAULT false,
    "retiredAt" DATETIME,
    "ownerId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Card_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Card_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Card" ("aliases", "answer", "articleId", "createdAt", "distractors", "factKey", "id", "kind", "prompt", "rank", "retiredAt", "score", "sourceEnd", "sourceSentence", "sourceStart", "suggested", "updatedAt") SELECT "aliases", "answer", "articleId", "createdAt", "distractors", "factKey", "id", "kind", "prompt", "rank", "retiredAt", "score", "sourceEnd", "sourceSentence", "sourceStart", "suggested", "updatedAt" FROM "Card";
DROP TABLE "Card";
ALTER TABLE "new_Card" RENAME TO "Card";
CREATE INDEX "Card_articleId_rank_idx" ON "Card"("articleId", "rank");
CREATE INDEX "Card_ownerId_idx" ON "Card"("ownerId");
CREATE UNIQUE INDEX "Card_articleId_factKey_key" ON "Card"("articleId", "factKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
