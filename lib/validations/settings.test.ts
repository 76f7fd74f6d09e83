import { describe, expect, expectTypeOf, test } from "vitest";
import type { z } from "zod";
import {
  DEFAULT_SETTINGS,
  ZUserSettingsFormSchema,
  ZUserSettingsSchema,
  type TUserSettings,
  type TUserSettingsFormSchema,
} from "./settings";

const W21 = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542];

function messages(input: unknown, schema: z.ZodType = ZUserSettingsSchema): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("ZUserSettingsSchema", () => {
  test("defaults", () => {
    expect(DEFAULT_SETTINGS).toEqual({
      desiredRetention: 0.9,
      maximumInterval: 36500,
      newPerDay: 20,
      reviewsPerDay: 200,
      learningSteps: "1m 10m",
      relearningSteps: "10m",
      timeZone: "UTC",
      dayStartHour: 4,
      fsrsWeights: null,
      enableFuzz: true,
    });
    expect(ZUserSettingsSchema.parse({})).toEqual(DEFAULT_SETTINGS);
  });

  test.each([
    [{ desiredRetention: 0.69 }, "desiredRetention", "Desired retention must be at least 0.70 (70%)"],
    [{ desiredRetention: 0.995 }, "desiredRetention", "Desired retention must be at most 0.99 (99%)"],
    [{ desiredRetention: "0.9" }, "desiredRetention", "Desired retention must be a number, like 0.90"],
    [{ maximumInterval: 0 }, "maximumInterval", "Maximum interval must be at least 1 day"],
    [{ maximumInterval: 36501 }, "maximumInterval", "Maximum interval must be at most 36500 days (100 years)"],
    [{ maximumInterval: 1.5 }, "maximumInterval", "Maximum interval must be a whole number of days"],
    [{ newPerDay: -1 }, "newPerDay", "New cards per day cannot be negative"],
    [{ newPerDay: 2.5 }, "newPerDay", "New cards per day must be a whole number"],
    [{ reviewsPerDay: -5 }, "reviewsPerDay", "Reviews per day cannot be negative"],
    [{ learningSteps: "1m 0m" }, "learningSteps", 'Learning steps: Step "0m" must be longer than 0'],
    [{ learningSteps: "1m 10s" }, "learningSteps", 'Learning steps: Step "10s" must be a number followed by m, h or d, like "10m"'],
    [{ relearningSteps: "1m ".repeat(11) }, "relearningSteps", "Relearning steps: Use at most 10 steps (got 11)"],
    [{ timeZone: "Mars/Olympus_Mons" }, "timeZone", '"Mars/Olympus_Mons" is not a time zone we know; use a name like Europe/Berlin'],
    [{ dayStartHour: 24 }, "dayStartHour", "Day start hour must be between 0 and 23"],
    [{ dayStartHour: -1 }, "dayStartHour", "Day start hour must be between 0 and 23"],
    [{ fsrsWeights: [1, 2, 3] }, "fsrsWeights", "FSRS parameters must be a list of 17, 19 or 21 numbers (FSRS-4.5, 5 or 6), as Anki exports them"],
    [{ fsrsWeights: [...W21.slice(0, 20), Number.NaN] }, "fsrsWeights.20", "Every FSRS parameter must be a number"],
    [{ fsrsWeights: [...W21.slice(0, 20), Infinity] }, "fsrsWeights.20", "Every FSRS parameter must be a number"],
    [{ fsrsWeights: [1e308, ...W21.slice(1)] }, "fsrsWeights", "FSRS parameter 1 (w0) is 1e+308, outside FSRS's allowed range 0.001 to 100"],
    [{ fsrsWeights: [...W21.slice(0, 4), 0.5, ...W21.slice(5)] }, "fsrsWeights", "FSRS parameter 5 (w4) is 0.5, outside FSRS's allowed range 1 to 10"],
    [{ fsrsWeights: [...W21.slice(0, 20), 0.9] }, "fsrsWeights", "FSRS parameter 21 (w20) is 0.9, outside FSRS's allowed range 0.1 to 0.8"],
    [{ fsrsWeights: [...W21.slice(0, 16), -1, W21[17], W21[18]] }, "fsrsWeights", "FSRS parameter 17 (w16) is -1, outside FSRS's allowed range 1 to 6"],
    [{ enableFuzz: "yes" }, "enableFuzz", "Fuzz must be on or off"],
  ])("%j is rejected at %s with a human message", (input, path, message) => {
    expect(messages(input)[path]).toBe(message);
  });

  test.each([
    [{ desiredRetention: 0.7 }],
    [{ desiredRetention: 0.99 }],
    [{ maximumInterval: 1 }],
    [{ newPerDay: 0, reviewsPerDay: 0 }],
    [{ learningSteps: "", relearningSteps: "" }],
    [{ dayStartHour: 0 }],
    [{ dayStartHour: 23 }],
    [{ fsrsWeights: W21 }],
    [{ fsrsWeights: W21.slice(0, 19) }],
    [{ fsrsWeights: W21.slice(0, 17) }],
    [{ timeZone: "America/New_York" }],
  ])("%j is accepted", (input) => {
    expect(ZUserSettingsSchema.safeParse(input).success).toBe(true);
  });

  test.each([
    ["1m, 10m", "1m 10m"],
    [" 1.5h  1D ", "90m 1d"],
    ["", ""],
  ])("learning steps %j are stored as %j", (input, stored) => {
    expect(ZUserSettingsSchema.parse({ learningSteps: input }).learningSteps).toBe(stored);
  });

  test.each([
    ["utc", "UTC"],
    ["europe/berlin", "Europe/Berlin"],
    ["Asia/Tokyo", "Asia/Tokyo"],
  ])("time zone %j is canonicalised to %j", (input, canonical) => {
    expect(ZUserSettingsSchema.parse({ timeZone: input }).timeZone).toBe(canonical);
  });
});

describe("ZUserSettingsFormSchema", () => {
  const form = {
    desiredRetention: "0.85",
    maximumInterval: "3650",
    newPerDay: "10",
    reviewsPerDay: "100",
    learningSteps: "1m 10m 1h",
    relearningSteps: "",
    timeZone: "Europe/Berlin",
    dayStartHour: "4",
    fsrsWeights: "",
    enableFuzz: "on",
  };

  test("parses to the same type as ZUserSettingsSchema", () => {
    expectTypeOf<TUserSettingsFormSchema>().toEqualTypeOf<TUserSettings>();
  });

  test("coerces a FormData-like object to settings", () => {
    expect(ZUserSettingsFormSchema.parse(form)).toEqual({
      desiredRetention: 0.85,
      maximumInterval: 3650,
      newPerDay: 10,
      reviewsPerDay: 100,
      learningSteps: "1m 10m 1h",
      relearningSteps: "",
      timeZone: "Europe/Berlin",
      dayStartHour: 4,
      fsrsWeights: null,
      enableFuzz: true,
    });
  });

  test.each([
    [{ enableFuzz: undefined }, false],
    [{ enableFuzz: "false" }, false],
    [{ enableFuzz: "true" }, true],
  ])("checkbox %j gives enableFuzz %s", (patch, expected) => {
    expect(ZUserSettingsFormSchema.parse({ ...form, ...patch }).enableFuzz).toBe(expected);
  });

  test("weights pasted from Anki, with brackets and commas", () => {
    const parsed = ZUserSettingsFormSchema.parse({ ...form, fsrsWeights: `[${W21.join(", ")}]` });
    expect(parsed.fsrsWeights).toEqual(W21);
  });

  test("decimal comma", () => {
    expect(ZUserSettingsFormSchema.parse({ ...form, desiredRetention: "0,9" }).desiredRetention).toBe(0.9);
  });

  test.each([
    [{ desiredRetention: "" }, "desiredRetention", "Desired retention is required"],
    [{ desiredRetention: "high" }, "desiredRetention", "Desired retention must be a number, like 0.90"],
    [{ newPerDay: "-3" }, "newPerDay", "New cards per day cannot be negative"],
    [{ dayStartHour: "25" }, "dayStartHour", "Day start hour must be between 0 and 23"],
    [{ fsrsWeights: "1, 2, x" }, "fsrsWeights.2", "Every FSRS parameter must be a number"],
    [{ fsrsWeights: `1e308, ${W21.slice(1).join(", ")}` }, "fsrsWeights", "FSRS parameter 1 (w0) is 1e+308, outside FSRS's allowed range 0.001 to 100"],
    [{ timeZone: "Nowhere" }, "timeZone", '"Nowhere" is not a time zone we know; use a name like Europe/Berlin'],
  ])("%j is rejected at %s", (patch, path, message) => {
    expect(messages({ ...form, ...patch }, ZUserSettingsFormSchema)[path]).toBe(message);
  });
});
