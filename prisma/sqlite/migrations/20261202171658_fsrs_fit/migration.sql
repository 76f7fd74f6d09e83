-- CreateTable
CREATE TABLE "FsrsFit" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT NOT NULL DEFAULT 'idle',
    "startedAt" DATETIME,
    "progress" REAL NOT NULL DEFAULT 0,
    "attemptedAt" DATETIME,
    "reviewCount" INTEGER NOT NULL DEFAULT 0,
    "outcome" TEXT,
    "itemCount" INTEGER NOT NULL DEFAULT 0,
    "itemsNeeded" INTEGER NOT NULL DEFAULT 0,
    "logLossCurrent" REAL,
    "logLossFitted" REAL,
    "rmseCurrent" REAL,
    "rmseFitted" REAL,
    "adopted" BOOLEAN NOT NULL DEFAULT false,
    "adoptedAt" DATETIME,
    "message" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FsrsFit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
