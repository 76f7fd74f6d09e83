-- CreateTable
CREATE TABLE "ReviewDayStat" (
    "userId" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "kind" INTEGER NOT NULL,
    "again" INTEGER NOT NULL DEFAULT 0,
    "hard" INTEGER NOT NULL DEFAULT 0,
    "good" INTEGER NOT NULL DEFAULT 0,
    "easy" INTEGER NOT NULL DEFAULT 0,
    "ms" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReviewDayStat_pkey" PRIMARY KEY ("userId","day","kind")
);

-- AddForeignKey
ALTER TABLE "ReviewDayStat" ADD CONSTRAINT "ReviewDayStat_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
