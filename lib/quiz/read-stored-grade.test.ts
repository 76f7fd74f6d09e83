import { describe, expect, test } from "vitest";
import { gradeAnswer } from "./grade-answer";
import { readStoredGrade, toGradeFeedback, type StoredGrade } from "./read-stored-grade";
import type { QuizQuestion, QuizResponse } from "./types";

const TYPED: QuizQuestion = {
  id: "q1",
  format: "typed",
  cardId: "c1",
  articleId: "a",
  prompt: "Who is the senior adversary analytics specialist?",
  answer: "Ken Gause",
  aliases: ["Gause"],
  wrongAnswers: ["Gary Samore"],
  sourceSentence: "Ken Gause, senior adversary analytics specialist …",
};

const responses: Array<[string, QuizResponse]> = [
  ["right", { format: "typed", text: "Ken Gause" }],
  ["alias", { format: "typed", text: "gause" }],
  ["typo", { format: "typed", text: "Ken Gouse" }],
  ["wrong", { format: "typed", text: "Gary Samore" }],
  ["empty", { format: "typed", text: "" }],
];

describe("readStoredGrade", () => {
  test.each(responses)("a %s answer reads back exactly as it was graded", (_name, response) => {
    const graded = gradeAnswer(TYPED, response);
    const stored: StoredGrade = { correct: graded.correct, score: graded.score, overridden: false, feedback: toGradeFeedback(graded) };
    expect(readStoredGrade(TYPED, JSON.parse(JSON.stringify(stored)))).toEqual(graded);
  });

  test.each([
    ["stored right stays right", { correct: true, score: 1, overridden: false, feedback: { nearMiss: false, reason: "wrong" } }, true, 1],
    ["stored wrong stays wrong", { correct: false, score: 0, overridden: false, feedback: { nearMiss: true, reason: "exact" } }, false, 0],
    ["an override is right and no longer a near miss", { correct: true, score: 1, overridden: true, feedback: { nearMiss: true, reason: "typo" } }, true, 1],
    ["an answer stored without details", { correct: false, score: 0, overridden: false, feedback: null }, false, 0],
  ] as Array<[string, StoredGrade, boolean, number]>)("%s", (_name, stored, correct, score) => {
    const r = readStoredGrade(TYPED, stored);
    expect({ correct: r.correct, score: r.score }).toEqual({ correct, score });
    if (r.correct) expect(r.nearMiss).toBe(false);
    expect(r.expected).toBe("Ken Gause");
  });
});
