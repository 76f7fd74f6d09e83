import { describe, expect, test } from "vitest";
import { describeResponse } from "./describe-response";
import type { QuizQuestion } from "./types";

const mc: QuizQuestion = { id: "q1", format: "multiple_choice", cardId: "c", articleId: "a", prompt: "P?", options: ["A", "B", "C", "D"], correctIndex: 1, answer: "B", sourceSentence: "s" };
const tf: QuizQuestion = { id: "q2", format: "true_false", cardId: "c", articleId: "a", statement: "S", isTrue: true, shownValue: "x", answer: "x", sourceSentence: "s" };
const typed: QuizQuestion = { id: "q3", format: "typed", cardId: "c", articleId: "a", prompt: "P?", answer: "x", aliases: [], wrongAnswers: [], sourceSentence: "s" };
const matching: QuizQuestion = { id: "q4", format: "matching", relation: "event_date", cardIds: [], instruction: "i", left: ["L1", "L2"], right: ["R1", "R2"], solution: [1, 0], pairs: [] };

describe("describeResponse", () => {
  test.each([
    [mc, { format: "multiple_choice", optionIndex: 2 }, "C"],
    [tf, { format: "true_false", value: false }, "False"],
    [typed, { format: "typed", text: "  Gause " }, "Gause"],
    [typed, { format: "typed", text: "   " }, "(blank)"],
    [matching, { format: "matching", pairs: [{ left: 0, right: 1 }] }, "L1 → R2"],
    [mc, { format: "true_false", value: true }, "—"],
  ] as const)("%#", (q, r, text) => {
    expect(describeResponse(q, r as never)).toBe(text);
  });
});
