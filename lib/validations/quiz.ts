import { z } from "./zod";
import { QUIZ_FORMATS } from "../quiz/types";

/** Longest typed answer accepted; answers are short facts, so this only stops abuse. */
export const MAX_TYPED_ANSWER_LENGTH = 500;
/** Most pairs a matching question has (the quiz builder makes 5–6). */
export const MAX_MATCHING_PAIRS = 6;
/** Options in a multiple-choice question. */
export const MULTIPLE_CHOICE_OPTIONS = 4;

const identifier = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required` })
    .max(200, { error: `${label} is too long` });

const index = (label: string, max: number) =>
  z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(0, { error: `${label} cannot be negative` })
    .max(max, { error: `${label} must be at most ${max}` });

/** Form fields arrive as strings: "10" → 10, "on"/"true" → true, "off"/"false" → false. */
const fromFormNumber = (value: unknown) => (typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value);
const fromFormBoolean = (value: unknown) => {
  if (value === "on" || value === "true") return true;
  if (value === "off" || value === "false") return false;
  return value;
};
const fromFormList = (value: unknown) => (typeof value === "string" && value !== "mixed" ? [value] : value);

export const ZQuizFormatSchema = z.enum(QUIZ_FORMATS, {
  error: "Quiz format must be multiple_choice, true_false, typed or matching",
});

export const ZStartQuizSchema = z.object({
  /** One article's id, or "all" for every article of the user. */
  articleId: z.union([z.literal("all"), identifier("Article")], { error: 'Choose an article, or "all"' }),
  length: z.preprocess(
    fromFormNumber,
    z.union([z.literal(10), z.literal(20), z.literal("all")], { error: 'Quiz length must be 10, 20 or "all"' }),
  ),
  formats: z
    .preprocess(
      fromFormList,
      z.union(
        [
          z.literal("mixed"),
          z
            .array(ZQuizFormatSchema)
            .min(1, { error: "Choose at least one quiz format" })
            .refine((formats) => new Set(formats).size === formats.length, { error: "Choose each quiz format once" }),
        ],
        { error: 'Choose quiz formats from multiple_choice, true_false, typed and matching, or "mixed"' },
      ),
    )
    .default("mixed"),
  focusWeak: z.preprocess(fromFormBoolean, z.boolean({ error: "Focus on weak cards must be on or off" })).default(false),
});

export type TStartQuizSchema = z.infer<typeof ZStartQuizSchema>;

const ZMatchingPairSchema = z.object({
  left: index("Left item", MAX_MATCHING_PAIRS - 1),
  right: index("Right item", MAX_MATCHING_PAIRS - 1),
});

/** A response, by format; indices are 0-based positions in the lists the browser was shown. */
export const ZQuizResponseSchema = z.discriminatedUnion(
  "format",
  [
    z.object({
      format: z.literal("multiple_choice"),
      optionIndex: index("Chosen option", MULTIPLE_CHOICE_OPTIONS - 1),
    }),
    z.object({ format: z.literal("true_false"), value: z.boolean({ error: "Answer true or false" }) }),
    z.object({
      format: z.literal("typed"),
      text: z
        .string({ error: "Type an answer" })
        .max(MAX_TYPED_ANSWER_LENGTH, { error: `Answers can be at most ${MAX_TYPED_ANSWER_LENGTH} characters` }),
    }),
    z.object({
      format: z.literal("matching"),
      pairs: z
        .array(ZMatchingPairSchema, { error: "Pairs must be a list" })
        .max(MAX_MATCHING_PAIRS, { error: `At most ${MAX_MATCHING_PAIRS} pairs` })
        .refine((pairs) => new Set(pairs.map((p) => p.left)).size === pairs.length, { error: "Each left item can be paired once" })
        .refine((pairs) => new Set(pairs.map((p) => p.right)).size === pairs.length, { error: "Each right item can be used once" }),
    }),
  ],
  { error: "Response format must be multiple_choice, true_false, typed or matching" },
);

export type TQuizResponseSchema = z.infer<typeof ZQuizResponseSchema>;

export const ZSubmitAnswerSchema = z.object({
  quizId: identifier("Quiz"),
  questionId: identifier("Question"),
  response: ZQuizResponseSchema,
});

export type TSubmitAnswerSchema = z.infer<typeof ZSubmitAnswerSchema>;

/** "Override: I was right" on a typed answer the grader judged wrong. */
export const ZOverrideAnswerSchema = z.object({
  quizId: identifier("Quiz"),
  questionId: identifier("Question"),
});

export type TOverrideAnswerSchema = z.infer<typeof ZOverrideAnswerSchema>;
