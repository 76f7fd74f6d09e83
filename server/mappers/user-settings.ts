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

/** Row → validated settings (a row edited by hand falls back to defaults, out-of-range weights to none); no row → defaults. */
export function toUserSettings(row: UserSettingsColumns | null): TUserSettings {
  if (!row) return DEFAULT_SETTINGS;
  const weights = typeof row.fsrsWeights === "string" ? safeJson(row.fsrsWeights) : row.fsrsWeights;
  const columns = {
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
  };
  const parsed = ZUserSettingsSchema.safeParse(columns);
  if (parsed.success) return parsed.data;
  // Weights saved before their ranges were checked (1e308 was accepted once): drop them, keep the rest.
  const withoutWeights = ZUserSettingsSchema.safeParse({ ...columns, fsrsWeights: null });
  return withoutWeights.success ? withoutWeights.data : DEFAULT_SETTINGS;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
