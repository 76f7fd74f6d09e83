import "server-only";

import { DbNull } from "@prisma/client/runtime/client";
import type { TUserSettings } from "@/lib/validations/settings";
import { db } from "@/server/db";

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
  await db.userSettings.upsert({ where: { userId }, create: { userId, ...data }, update: data });
}
