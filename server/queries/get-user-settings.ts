import "server-only";

import { DEFAULT_SETTINGS, ZUserSettingsSchema, type TUserSettings } from "@/lib/validations/settings";
import { db } from "@/server/db";

/** The reader's settings, validated (a row edited by hand falls back to defaults field by field). */
export async function getUserSettings(userId: string): Promise<TUserSettings> {
  const row = await db.userSettings.findUnique({ where: { userId } });
  if (!row) return DEFAULT_SETTINGS;
  const parsed = ZUserSettingsSchema.safeParse({
    desiredRetention: row.desiredRetention,
    maximumInterval: row.maximumInterval,
    newPerDay: row.newPerDay,
    reviewsPerDay: row.reviewsPerDay,
    learningSteps: row.learningSteps,
    relearningSteps: row.relearningSteps,
    timeZone: row.timeZone,
    dayStartHour: row.dayStartHour,
    fsrsWeights: row.fsrsWeights ?? null,
    enableFuzz: row.enableFuzz,
  });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
