import { findWeightOutOfRange } from "../scheduling/find-weight-out-of-range";
import { z } from "./zod";
import { parseSteps } from "../scheduling/parse-steps";
import { resolveTimeZone } from "../scheduling/resolve-time-zone";

/** Lengths ts-fsrs 5 accepts for `w` (its `checkParameters`): FSRS-4.5, FSRS-5 and FSRS-6. */
export const FSRS_WEIGHT_LENGTHS = [17, 19, 21] as const;

/** A number schema whose type error says "required" for a missing value and "must be a number" otherwise. */
const num = (label: string, hint = "") =>
  z.number({
    error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be a number${hint}`),
  });

const desiredRetention = num("Desired retention", ", like 0.90")
  .min(0.7, { error: "Desired retention must be at least 0.70 (70%)" })
  .max(0.99, { error: "Desired retention must be at most 0.99 (99%)" });

const maximumInterval = num("Maximum interval", " of days")
  .int({ error: "Maximum interval must be a whole number of days" })
  .min(1, { error: "Maximum interval must be at least 1 day" })
  .max(36500, { error: "Maximum interval must be at most 36500 days (100 years)" });

const perDayLimit = (label: string) =>
  num(label)
    .int({ error: `${label} must be a whole number` })
    .min(0, { error: `${label} cannot be negative` })
    .max(100_000, { error: `${label} must be at most 100000` });

const steps = (label: string) =>
  z.string({ error: `${label} must be text like "1m 10m"` }).transform((value, ctx) => {
    const parsed = parseSteps(value);
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: `${label}: ${parsed.error}` });
      return z.NEVER;
    }
    return parsed.steps.join(" ");
  });

const timeZone = z.string({ error: "Time zone must be text like Europe/Berlin" }).transform((value, ctx) => {
  const resolved = resolveTimeZone(value.trim());
  if (resolved === null) {
    ctx.addIssue({ code: "custom", message: `"${value}" is not a time zone we know; use a name like Europe/Berlin` });
    return z.NEVER;
  }
  return resolved;
});

const dayStartHour = num("Day start hour")
  .int({ error: "Day start hour must be a whole hour" })
  .min(0, { error: "Day start hour must be between 0 and 23" })
  .max(23, { error: "Day start hour must be between 0 and 23" });

const fsrsWeights = z
  // zod 4's number() already rejects NaN and ±Infinity, which ts-fsrs's checkParameters also refuses.
  .array(z.number({ error: "Every FSRS parameter must be a number" }))
  .refine((w) => (FSRS_WEIGHT_LENGTHS as readonly number[]).includes(w.length), {
    error: "FSRS parameters must be a list of 17, 19 or 21 numbers (FSRS-4.5, 5 or 6), as Anki exports them",
    abort: true,
  })
  .superRefine((w, ctx) => {
    const bad = findWeightOutOfRange(w);
    if (bad) {
      ctx.addIssue({
        code: "custom",
        message: `FSRS parameter ${bad.index + 1} (w${bad.index}) is ${bad.value}, outside FSRS's allowed range ${bad.min} to ${bad.max}`,
      });
    }
  })
  .nullable();

const enableFuzz = z.boolean({ error: "Fuzz must be on or off" });

/**
 * Per-user study settings. Steps are normalised ("1.5h" → "90m", commas → spaces) and the time zone
 * is canonicalised by Intl, so the parsed value is what should be stored.
 */
export const ZUserSettingsSchema = z.object({
  desiredRetention: desiredRetention.default(0.9),
  maximumInterval: maximumInterval.default(36500),
  newPerDay: perDayLimit("New cards per day").default(20),
  reviewsPerDay: perDayLimit("Reviews per day").default(200),
  learningSteps: steps("Learning steps").default("1m 10m"),
  relearningSteps: steps("Relearning steps").default("10m"),
  timeZone: timeZone.default("UTC"),
  dayStartHour: dayStartHour.default(4),
  fsrsWeights: fsrsWeights.default(null),
  enableFuzz: enableFuzz.default(true),
});

export type TUserSettingsSchema = z.infer<typeof ZUserSettingsSchema>;
/** The parsed, normalised settings every scheduling function takes. */
export type TUserSettings = TUserSettingsSchema;
export type TUserSettingsInput = z.input<typeof ZUserSettingsSchema>;

export const DEFAULT_SETTINGS: TUserSettings = Object.freeze(ZUserSettingsSchema.parse({})) as TUserSettings;

/** "" and whitespace become undefined so an empty form field reports "required", not 0. */
const blankToUndefined = (value: unknown): unknown =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** Form strings → numbers ("0,9" → 0.9); anything unparsable stays a string so the number check reports it. */
const formNumber = (schema: z.ZodNumber) =>
  z.preprocess((value) => {
    const v = blankToUndefined(value);
    if (typeof v !== "string") return v;
    const n = Number(v.trim().replace(",", "."));
    return Number.isNaN(n) ? v : n;
  }, schema);

const formSteps = (label: string) =>
  z.preprocess((value) => (value === undefined || value === null ? "" : value), steps(label));

const FORM_TRUE = new Set(["true", "on", "1", "yes"]);
const FORM_FALSE = new Set(["false", "off", "0", "no", ""]);

/**
 * Parses a settings form (`Object.fromEntries(formData)`): numbers arrive as strings, an unchecked
 * `enableFuzz` checkbox is absent (→ false), steps may be left empty (→ no steps), and `fsrsWeights`
 * is the text copied from Anki ("0.212, 1.2931, …"; empty → null). Output type equals TUserSettings.
 */
export const ZUserSettingsFormSchema = z.object({
  desiredRetention: formNumber(desiredRetention),
  maximumInterval: formNumber(maximumInterval),
  newPerDay: formNumber(perDayLimit("New cards per day")),
  reviewsPerDay: formNumber(perDayLimit("Reviews per day")),
  learningSteps: formSteps("Learning steps"),
  relearningSteps: formSteps("Relearning steps"),
  timeZone: z.preprocess((v) => blankToUndefined(v) ?? "UTC", timeZone),
  dayStartHour: formNumber(dayStartHour),
  fsrsWeights: z.preprocess((value) => {
    const v = blankToUndefined(value);
    if (v === undefined || v === null) return null;
    if (typeof v !== "string") return v;
    return v
      .replace(/^\s*\[|\]\s*$/g, "")
      .split(/[\s,]+/)
      .filter((t) => t !== "")
      .map((t) => (Number.isNaN(Number(t)) ? t : Number(t)));
  }, fsrsWeights),
  enableFuzz: z.preprocess((value) => {
    if (value === undefined || value === null) return false;
    if (typeof value !== "string") return value;
    const v = value.trim().toLowerCase();
    if (FORM_TRUE.has(v)) return true;
    if (FORM_FALSE.has(v)) return false;
    return value;
  }, enableFuzz),
});

export type TUserSettingsFormSchema = z.infer<typeof ZUserSettingsFormSchema>;
