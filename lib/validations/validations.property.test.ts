import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { GAP } from "@/lib/generation/render-prompt";
import { fileExtension, ZCreateArticleSchema, ZReadLinkSchema } from "./article";
import { fieldErrors, ZSignInSchema, ZSignUpSchema } from "./auth";
import { validateCardEdit, ZAddSuggestionSchema, ZSaveChosenCardsSchema } from "./choose-cards";
import { ZExportArticleSchema } from "./export";
import { ZOverrideAnswerSchema, ZStartQuizSchema, ZSubmitAnswerSchema } from "./quiz";
import { ZCardCommandSchema, ZCardInfoSchema, ZEditCardSchema, ZReportCardSchema, ZSubmitReviewSchema } from "./review";
import { ZUserSettingsFormSchema, ZUserSettingsSchema } from "./settings";

const RUNS = { numRuns: 300 };

/** Every schema that checks input from a request, with the fields it reads. */
const SCHEMAS: [string, z.ZodType, string[]][] = [
  ["ZCreateArticleSchema", ZCreateArticleSchema, ["title", "text", "sourceUrl", "publishedAt"]],
  ["ZReadLinkSchema", ZReadLinkSchema, ["url"]],
  ["ZSignUpSchema", ZSignUpSchema, ["name", "email", "password"]],
  ["ZSignInSchema", ZSignInSchema, ["email", "password"]],
  ["ZSaveChosenCardsSchema", ZSaveChosenCardsSchema, ["articleId", "accepted"]],
  ["ZAddSuggestionSchema", ZAddSuggestionSchema, ["cardId"]],
  ["ZExportArticleSchema", ZExportArticleSchema, ["articleId", "format"]],
  ["ZStartQuizSchema", ZStartQuizSchema, ["articleId", "length", "formats", "focusWeak"]],
  ["ZSubmitAnswerSchema", ZSubmitAnswerSchema, ["quizId", "questionId", "response"]],
  ["ZOverrideAnswerSchema", ZOverrideAnswerSchema, ["quizId", "questionId"]],
  ["ZSubmitReviewSchema", ZSubmitReviewSchema, ["stateId", "grade", "durationMs", "idempotencyKey", "version"]],
  ["ZCardCommandSchema", ZCardCommandSchema, ["stateId", "command"]],
  ["ZEditCardSchema", ZEditCardSchema, ["stateId", "prompt", "answer"]],
  ["ZReportCardSchema", ZReportCardSchema, ["stateId", "reason", "note"]],
  ["ZCardInfoSchema", ZCardInfoSchema, ["stateId"]],
  ["ZUserSettingsSchema", ZUserSettingsSchema, ["desiredRetention", "maximumInterval", "newPerDay", "learningSteps", "timeZone", "dayStartHour", "fsrsWeights", "enableFuzz"]],
  ["ZUserSettingsFormSchema", ZUserSettingsFormSchema, ["desiredRetention", "maximumInterval", "newPerDay", "reviewsPerDay", "learningSteps", "relearningSteps", "timeZone", "dayStartHour", "fsrsWeights", "enableFuzz"]],
];

/** Hostile values: anything JSON or a form can carry, and then some. */
const hostile = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true }),
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.constantFrom("", " ", "NaN", "Infinity", "-1", "1e309", "__proto__", "constructor", "\u0000", "0x10", "[]", "{}"),
);

describe.each(SCHEMAS)("%s on hostile input", (_name, schema, fields) => {
  it("never throws, and each failure has a message for a field or the form", () => {
    const record = fc.record(Object.fromEntries(fields.map((f) => [f, hostile])), { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(hostile, record), (input) => {
        const result = schema.safeParse(input);
        if (!result.success) {
          const errors = fieldErrors(result.error);
          expect(Object.keys(errors).length).toBeGreaterThan(0);
          for (const message of Object.values(errors)) expect(message.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });
});

const idString = fc.string({ minLength: 1, maxLength: 64 });

describe("ZSubmitReviewSchema", () => {
  it("accepts exactly the grades 1 to 4 and well-formed keys, and passes them through unchanged", () => {
    fc.assert(
      fc.property(idString, fc.integer({ min: -10, max: 10 }), fc.string({ maxLength: 120 }), fc.nat(), (stateId, grade, key, version) => {
        const result = ZSubmitReviewSchema.safeParse({ stateId, grade, idempotencyKey: key, version, durationMs: 1000 });
        const keyOk = /^[A-Za-z0-9_-]{8,100}$/.test(key);
        expect(result.success).toBe(grade >= 1 && grade <= 4 && keyOk);
        if (result.success) expect(result.data).toMatchObject({ stateId, grade, idempotencyKey: key, version });
      }),
      RUNS,
    );
  });

  it("never lets a duration outside 0 to 24 hours through (it becomes 0)", () => {
    fc.assert(
      fc.property(fc.double(), (durationMs) => {
        const result = ZSubmitReviewSchema.safeParse({ stateId: "s", grade: 3, idempotencyKey: "abcdefgh", version: 0, durationMs });
        expect(result.success).toBe(true);
        if (result.success) {
          expect(Number.isInteger(result.data.durationMs)).toBe(true);
          expect(result.data.durationMs).toBeGreaterThanOrEqual(0);
          expect(result.data.durationMs).toBeLessThanOrEqual(86_400_000);
        }
      }),
      RUNS,
    );
  });
});

describe("ZCreateArticleSchema", () => {
  const base = { title: "A title", text: "Some text." };
  it("keeps an accepted publication date on the calendar day it names", () => {
    const day = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }));
    fc.assert(
      fc.property(day, ([y, m, d]) => {
        const written = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const result = ZCreateArticleSchema.safeParse({ ...base, publishedAt: written });
        if (result.success) expect(result.data.publishedAt?.toISOString().slice(0, 10)).toBe(written);
        // A real date in a plausible year (1800-2200) is never refused.
        const real = new Date(Date.UTC(y, m - 1, d));
        if (m >= 1 && m <= 12 && d >= 1 && real.getUTCMonth() === m - 1 && y >= 1800 && y <= 2200) expect(result.success).toBe(true);
      }),
      RUNS,
    );
  });

  it("accepts only http(s) links, and trims what it keeps", () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string({ maxLength: 80 })), (url) => {
        const result = ZCreateArticleSchema.safeParse({ ...base, sourceUrl: url });
        if (result.success && result.data.sourceUrl !== undefined) {
          expect(result.data.sourceUrl).toMatch(/^https?:\/\/\S+$/i);
          expect(result.data.sourceUrl).toBe(url.trim());
        }
      }),
      RUNS,
    );
  });

  it("bounds title and text lengths after trimming", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 50 }), (title, text) => {
        const result = ZCreateArticleSchema.safeParse({ title, text });
        expect(result.success).toBe(title.trim().length >= 1 && title.trim().length <= 300 && text.trim().length >= 1);
      }),
      RUNS,
    );
  });
});

describe("validateCardEdit", () => {
  it("keeps exactly one blank in a cloze and none in a question, never an empty answer", () => {
    const prompt = fc.oneof(fc.string({ maxLength: 60 }), fc.tuple(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 })).map(([a, b]) => `${a}${GAP}${b}`));
    fc.assert(
      fc.property(fc.constantFrom("cloze", "question", "other", ""), prompt, fc.string({ maxLength: 150 }), (kind, p, answer) => {
        const result = validateCardEdit(kind, { prompt: p, answer });
        if (!result.ok) {
          expect(Object.keys(result.errors).length).toBeGreaterThan(0);
          return;
        }
        const blanks = result.value.prompt.split(GAP).length - 1;
        expect(blanks).toBe(kind === "cloze" ? 1 : 0);
        expect(result.value.answer.length).toBeGreaterThan(0);
        expect(result.value.answer.length).toBeLessThanOrEqual(120);
        expect(result.value.answer).toBe(result.value.answer.trim());
      }),
      RUNS,
    );
  });
});

describe("ZSignUpSchema / ZSignInSchema", () => {
  it("stores an accepted email trimmed and lower-cased, and never accepts one without an @", () => {
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), fc.string({ maxLength: 60 })), fc.string({ minLength: 8, maxLength: 20 }), (email, password) => {
        for (const schema of [ZSignUpSchema, ZSignInSchema]) {
          const result = schema.safeParse({ email, password });
          if (!result.success) continue;
          expect(result.data.email).toBe(email.trim().toLowerCase());
          expect(result.data.email).toContain("@");
          expect(result.data.email.length).toBeLessThanOrEqual(254);
        }
      }),
      RUNS,
    );
  });
});

describe("ZUserSettingsFormSchema", () => {
  it("gives values within the stored settings' ranges (a parsed form passes the stored schema)", () => {
    const field = fc.oneof(fc.string({ maxLength: 12 }), fc.double().map(String), fc.integer({ min: -5, max: 400 }).map(String));
    const form = fc.record(
      { desiredRetention: field, maximumInterval: field, newPerDay: field, reviewsPerDay: field, learningSteps: fc.constantFrom("", "1m 10m", "1.5h", "10s", "1d,2d"), relearningSteps: field, timeZone: fc.constantFrom("", "UTC", "Europe/Paris", "Mars/Base"), dayStartHour: field, enableFuzz: fc.constantFrom("on", "", "maybe") },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(form, (input) => {
        const result = ZUserSettingsFormSchema.safeParse(input);
        if (result.success) expect(ZUserSettingsSchema.safeParse(result.data).success).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("fileExtension", () => {
  it("is empty or a lower-case dot and letters/digits that end the name", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (name) => {
        const ext = fileExtension(name);
        if (ext === "") return;
        expect(ext).toMatch(/^\.[a-z0-9]+$/);
        expect(name.trim().toLowerCase().endsWith(ext)).toBe(true);
      }),
      RUNS,
    );
  });
});
