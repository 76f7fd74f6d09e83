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

/**
 * Row → validated settings; no row → defaults. Weights saved before their ranges were checked (1e308 was accepted
 * once) are dropped and the rest kept. Any other row that fails to parse (edited by hand, or a column a raw query
 * forgot) throws InvalidSettingsError: grading with the default settings instead would schedule every card with
 * parameters the reader never chose, and nobody would notice.
 */
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
  const withoutWeights = ZUserSettingsSchema.safeParse({ ...columns, fsrsWeights: null });
  if (withoutWeights.success) return withoutWeights.data;
  throw new InvalidSettingsError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
}

/** A stored settings row that does not parse: a fault of the data or of the query that read it. */
export class InvalidSettingsError extends Error {
  constructor(detail: string) {
    super(`Stored settings do not parse (${detail})`);
    this.name = "InvalidSettingsError";
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
