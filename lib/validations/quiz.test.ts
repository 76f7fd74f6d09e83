import { describe, expect, expectTypeOf, test } from "vitest";
import type { BuildQuizOptions, QuizResponse } from "../quiz/types";
import { ZOverrideAnswerSchema, ZStartQuizSchema, ZSubmitAnswerSchema, type TQuizResponseSchema, type TStartQuizSchema } from "./quiz";

const firstMessage = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  result.success ? null : result.error?.issues[0]?.message;

describe("ZStartQuizSchema", () => {
  test.each<[string, unknown, TStartQuizSchema]>([
    ["full object", { articleId: "art-1", length: 10, formats: ["typed", "matching"], focusWeak: true }, { articleId: "art-1", length: 10, formats: ["typed", "matching"], focusWeak: true }],
    ["all articles, all cards, mixed", { articleId: "all", length: "all", formats: "mixed", focusWeak: false }, { articleId: "all", length: "all", formats: "mixed", focusWeak: false }],
    ["defaults", { articleId: "art-1", length: 20 }, { articleId: "art-1", length: 20, formats: "mixed", focusWeak: false }],
    ["form strings", { articleId: " art-1 ", length: "20", formats: "true_false", focusWeak: "on" }, { articleId: "art-1", length: 20, formats: ["true_false"], focusWeak: true }],
  ])("accepts %s", (_label, input, expected) => {
    expect(ZStartQuizSchema.parse(input)).toEqual(expected);
  });

  test.each<[string, unknown, string]>([
    ["missing article", { length: 10 }, 'Choose an article, or "all"'],
    ["empty article", { articleId: "  ", length: 10 }, "Article is required"],
    ["length 15", { articleId: "a", length: 15 }, 'Quiz length must be 10, 20 or "all"'],
    ["length missing", { articleId: "a" }, 'Quiz length must be 10, 20 or "all"'],
    ["no formats", { articleId: "a", length: 10, formats: [] }, "Choose at least one quiz format"],
    ["a format twice", { articleId: "a", length: 10, formats: ["typed", "typed"] }, "Choose each quiz format once"],
    ["unknown format", { articleId: "a", length: 10, formats: ["essay"] }, 'Choose quiz formats from multiple_choice, true_false, typed and matching, or "mixed"'],
    ["focusWeak not boolean", { articleId: "a", length: 10, focusWeak: "maybe" }, "Focus on weak cards must be on or off"],
  ])("rejects %s with a clear message", (_label, input, message) => {
    expect(firstMessage(ZStartQuizSchema.safeParse(input))).toBe(message);
  });

  test("the parsed value fits buildQuiz's options", () => {
    expectTypeOf<Omit<TStartQuizSchema, "articleId">>().toExtend<BuildQuizOptions>();
  });
});

describe("ZSubmitAnswerSchema", () => {
  const base = { quizId: "quiz-1", questionId: "q3" };
  test.each<[string, unknown]>([
    ["multiple choice", { format: "multiple_choice", optionIndex: 3 }],
    ["true/false", { format: "true_false", value: false }],
    ["typed", { format: "typed", text: "Ken Gause" }],
    ["typed, left empty (graded wrong, not refused)", { format: "typed", text: "" }],
    ["matching", { format: "matching", pairs: [{ left: 0, right: 2 }, { left: 1, right: 0 }] }],
  ])("accepts %s", (_label, response) => {
    expect(ZSubmitAnswerSchema.parse({ ...base, response })).toEqual({ ...base, response });
  });

  test.each<[string, unknown, string]>([
    ["no quiz id", { questionId: "q1", response: { format: "true_false", value: true } }, "Quiz is required"],
    ["unknown format", { ...base, response: { format: "essay", text: "x" } }, "Response format must be multiple_choice, true_false, typed or matching"],
    ["option 4", { ...base, response: { format: "multiple_choice", optionIndex: 4 } }, "Chosen option must be at most 3"],
    ["option 1.5", { ...base, response: { format: "multiple_choice", optionIndex: 1.5 } }, "Chosen option must be a whole number"],
    ["true/false as a string", { ...base, response: { format: "true_false", value: "yes" } }, "Answer true or false"],
    ["typed too long", { ...base, response: { format: "typed", text: "x".repeat(501) } }, "Answers can be at most 500 characters"],
    ["typed missing", { ...base, response: { format: "typed" } }, "Type an answer"],
    ["a left item twice", { ...base, response: { format: "matching", pairs: [{ left: 0, right: 0 }, { left: 0, right: 1 }] } }, "Each left item can be paired once"],
    ["a right item twice", { ...base, response: { format: "matching", pairs: [{ left: 0, right: 1 }, { left: 2, right: 1 }] } }, "Each right item can be used once"],
    ["too many pairs", { ...base, response: { format: "matching", pairs: Array.from({ length: 7 }, (_, i) => ({ left: i % 6, right: i % 6 })) } }, "At most 6 pairs"],
  ])("rejects %s with a clear message", (_label, input, message) => {
    expect(firstMessage(ZSubmitAnswerSchema.safeParse(input))).toBe(message);
  });

  test("a parsed response is what gradeAnswer takes", () => {
    expectTypeOf<TQuizResponseSchema>().toExtend<QuizResponse>();
  });
});

describe("ZOverrideAnswerSchema", () => {
  test.each<[unknown, boolean]>([
    [{ quizId: "quiz-1", questionId: "q1" }, true],
    [{ quizId: "quiz-1" }, false],
  ])("%j → %s", (input, ok) => {
    expect(ZOverrideAnswerSchema.safeParse(input).success).toBe(ok);
  });
});
