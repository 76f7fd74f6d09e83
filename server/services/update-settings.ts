import "server-only";

import { DbNull } from "@prisma/client/runtime/client";
import type { TUserSettings } from "@/lib/validations/settings";
import { db } from "@/server/db";
import { rebuildReviewStats } from "@/server/services/rebuild-review-stats";

/** Saves a reader's validated settings; the next card shown is scheduled with them. */
export async function updateSettings(userId: string, s: TUserSettings): Promise<void> {
  const data = {
    desiredRetention: s.desiredRetention,
    maximumInterval: s.maximumInterval,
    newPerDay: s.newPerDay,
    reviewsPerDay: s.reviewsPerDay,
    learningSteps: s.learningSteps,
    relearningSteps: s.relearningSteps,
    enableFuzz: s.enableFuzz,
    // Clearing a JSON column takes Prisma's DbNull sentinel, not null.
    fsrsWeights: s.fsrsWeights ?? DbNull,
    timeZone: s.timeZone,
    dayStartHour: s.dayStartHour,
  };
  await db.$transaction(async (tx) => {
    const before = await tx.userSettings.findUnique({ where: { userId }, select: { timeZone: true, dayStartHour: true } });
    await tx.userSettings.upsert({ where: { userId }, create: { userId, ...data }, update: data });
    // Study days moved: regroup the reader's history into the new days.
    if (!before || before.timeZone !== s.timeZone || before.dayStartHour !== s.dayStartHour) await rebuildReviewStats(userId, tx, s);
  });
}
