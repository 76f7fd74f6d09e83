import "server-only";

import { DEFAULT_SETTINGS, ZUserSettingsSchema, type TUserSettings } from "@/lib/validations/settings";

/** A UserSettings row as stored (fsrsWeights: parsed JSON, or its text where the driver returns text). */
export type UserSettingsColumns = {
  desiredRetention: number;
  maximumInterval: number;
  newPerDay: number;
  reviewsPerDay: number;
  learningSteps: string;
  relearningSteps: string;
  timeZone: string;
  dayStartHour: number;
  fsrsWeights: unknown;
  enableFuzz: boolean | number;
};

/** Row → validated settings (a row edited by hand falls back to defaults); no row → defaults. */
export function toUserSettings(row: UserSettingsColumns | null): TUserSettings {
  if (!row) return DEFAULT_SETTINGS;
  const weights = typeof row.fsrsWeights === "string" ? safeJson(row.fsrsWeights) : row.fsrsWeights;
  const parsed = ZUserSettingsSchema.safeParse({
    desiredRetention: row.desiredRetention,
    maximumInterval: row.maximumInterval,
    newPerDay: row.newPerDay,
    reviewsPerDay: row.reviewsPerDay,
    learningSteps: row.learningSteps,
    relearningSteps: row.relearningSteps,
    timeZone: row.timeZone,
    dayStartHour: row.dayStartHour,
    fsrsWeights: weights ?? null,
    enableFuzz: Boolean(row.enableFuzz),
  });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
