-- CreateTable
CREATE TABLE "FsrsFit" (
    "userId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'idle',
    "startedAt" TIMESTAMP(3),
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "attemptedAt" TIMESTAMP(3),
    "reviewCount" INTEGER NOT NULL DEFAULT 0,
    "outcome" TEXT,
    "itemCount" INTEGER NOT NULL DEFAULT 0,
    "itemsNeeded" INTEGER NOT NULL DEFAULT 0,
    "logLossCurrent" DOUBLE PRECISION,
    "logLossFitted" DOUBLE PRECISION,
    "rmseCurrent" DOUBLE PRECISION,
    "rmseFitted" DOUBLE PRECISION,
    "adopted" BOOLEAN NOT NULL DEFAULT false,
    "adoptedAt" TIMESTAMP(3),
    "message" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FsrsFit_pkey" PRIMARY KEY ("userId")
);

-- AddForeignKey
ALTER TABLE "FsrsFit" ADD CONSTRAINT "FsrsFit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
