import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { gradeAnswer } from "./grade-answer";
import type { GradeResult, QuizQuestion, QuizResponse } from "./types";

const MC: QuizQuestion = {
  id: "q1",
  format: "multiple_choice",
  cardId: "c1",
  articleId: "a",
  prompt: "Who is the senior adversary analytics specialist at the Center for Naval Analyses?",
  options: ["Gary Samore", "Ken Gause", "Evans Revere", "Robert Rapson"],
  correctIndex: 1,
  answer: "Ken Gause",
  sourceSentence: "Ken Gause, senior adversary analytics specialist …",
};
const TF_TRUE: QuizQuestion = {
  id: "q2",
  format: "true_false",
  cardId: "c2",
  articleId: "a",
  statement: "North Korea claimed on November 28 that …",
  isTrue: true,
  shownValue: "November 28",
  answer: "November 28",
  sourceSentence: "North Korea claimed on November 28 …",
};
const TF_FALSE: QuizQuestion = { ...TF_TRUE, id: "q3", statement: "North Korea claimed on November 23 that …", isTrue: false, shownValue: "November 23" };
const TYPED: QuizQuestion = {
  id: "q4",
  format: "typed",
  cardId: "c3",
  articleId: "a",
  prompt: "Who is the senior adversary analytics specialist at the Center for Naval Analyses?",
  answer: "Ken Gause",
  aliases: ["Gause"],
  wrongAnswers: ["Gary Samore", "Ken Gauss"],
  sourceSentence: "Ken Gause, senior …",
};
const MATCHING: QuizQuestion = {
  id: "q5",
  format: "matching",
  relation: "person_title",
  cardIds: ["c1", "c2", "c3", "c4", "c5"],
  instruction: "Match each person to their title.",
  left: ["A1", "B1", "C1", "D1", "E1"],
  right: ["c", "a", "e", "b", "d"],
  solution: [1, 3, 0, 4, 2],
  pairs: [
    { left: "A1", right: "a", cardIds: ["c1"], sourceSentence: "" },
    { left: "B1", right: "b", cardIds: ["c2"], sourceSentence: "" },
    { left: "C1", right: "c", cardIds: ["c3"], sourceSentence: "" },
    { left: "D1", right: "d", cardIds: ["c4"], sourceSentence: "" },
    { left: "E1", right: "e", cardIds: ["c5"], sourceSentence: "" },
  ],
};
const allRight = MATCHING.format === "matching" ? MATCHING.solution.map((right, left) => ({ left, right })) : [];

describe("gradeAnswer", () => {
  test.each<[string, QuizQuestion, QuizResponse, Partial<GradeResult>]>([
    ["mc right", MC, { format: "multiple_choice", optionIndex: 1 }, { correct: true, score: 1, expected: "Ken Gause", reason: "option" }],
    ["mc wrong", MC, { format: "multiple_choice", optionIndex: 0 }, { correct: false, score: 0, expected: "Ken Gause", reason: "wrong" }],
    ["mc out of range", MC, { format: "multiple_choice", optionIndex: 4 }, { correct: false, reason: "invalid_response" }],
    ["mc negative", MC, { format: "multiple_choice", optionIndex: -1 }, { correct: false, reason: "invalid_response" }],
    ["mc fractional", MC, { format: "multiple_choice", optionIndex: 1.5 }, { correct: false, reason: "invalid_response" }],
    ["true said true", TF_TRUE, { format: "true_false", value: true }, { correct: true, expected: "True", answer: "November 28" }],
    ["true said false", TF_TRUE, { format: "true_false", value: false }, { correct: false, expected: "True" }],
    ["false said false", TF_FALSE, { format: "true_false", value: false }, { correct: true, expected: "False" }],
    ["false said true", TF_FALSE, { format: "true_false", value: true }, { correct: false, expected: "False" }],
    ["typed exact", TYPED, { format: "typed", text: "Ken Gause" }, { correct: true, nearMiss: false, reason: "exact" }],
    ["typed alias", TYPED, { format: "typed", text: "gause" }, { correct: true, reason: "alias", matched: "Gause" }],
    ["typed typo", TYPED, { format: "typed", text: "Ken Guase" }, { correct: true, reason: "typo" }],
    ["typed known wrong answer", TYPED, { format: "typed", text: "Ken Gauss" }, { correct: false, nearMiss: false }],
    ["typed near miss", TYPED, { format: "typed", text: "Kenneth Gause" }, { correct: false, nearMiss: true, expected: "Ken Gause" }],
    ["typed wrong", TYPED, { format: "typed", text: "Gary Samore" }, { correct: false, nearMiss: false, sourceSentence: "Ken Gause, senior …" }],
    ["matching all right", MATCHING, { format: "matching", pairs: allRight }, { correct: true, score: 1, reason: "pairs" }],
    [
      "matching three of five",
      MATCHING,
      { format: "matching", pairs: [...allRight.slice(0, 3), { left: 3, right: 2 }, { left: 4, right: 4 }] },
      { correct: false, score: 0.6, pairResults: [true, true, true, false, false] },
    ],
    ["matching nothing given", MATCHING, { format: "matching", pairs: [] }, { correct: false, score: 0 }],
    [
      "matching: a left item given twice counts once",
      MATCHING,
      { format: "matching", pairs: [{ left: 0, right: 0 }, { left: 0, right: 1 }] },
      { correct: false, score: 0, pairResults: [false, false, false, false, false] },
    ],
    ["matching out of range", MATCHING, { format: "matching", pairs: [{ left: 0, right: 9 }] }, { correct: false, reason: "invalid_response" }],
    ["format mismatch", MC, { format: "true_false", value: true }, { correct: false, reason: "format_mismatch" }],
  ])("%s", (_label, question, response, expected) => {
    const result = gradeAnswer(question, response);
    expect(result).toMatchObject(expected);
    expect(result.correct && result.nearMiss).toBe(false);
  });

  test("matching expected lists the pairs", () => {
    expect(gradeAnswer(MATCHING, { format: "matching", pairs: [] }).expected).toBe("A1 → a; B1 → b; C1 → c; D1 → d; E1 → e");
  });

  test("never throws on arbitrary responses", () => {
    const anyResponse = fc.oneof(
      fc.record({ format: fc.constant("typed"), text: fc.string({ unit: "grapheme", maxLength: 80 }) }),
      fc.record({ format: fc.constant("multiple_choice"), optionIndex: fc.oneof(fc.integer(), fc.double()) }),
      fc.record({ format: fc.constant("true_false"), value: fc.anything() }),
      fc.record({ format: fc.constant("matching"), pairs: fc.oneof(fc.anything(), fc.array(fc.record({ left: fc.integer(), right: fc.integer() }))) }),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.constantFrom(MC, TF_TRUE, TF_FALSE, TYPED, MATCHING), anyResponse, (question, response) => {
        const result = gradeAnswer(question, response as QuizResponse);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });
});
