import { describe, expect, test } from "vitest";
import { validateCardEdit, ZSaveChosenCardsSchema } from "./choose-cards";

describe("validateCardEdit", () => {
  test.each([
    ["a cloze with its blank", "cloze", { prompt: "Paris is in _____.", answer: "France" }, { prompt: "Paris is in _____.", answer: "France" }],
    ["spaces trimmed", "cloze", { prompt: "  Paris is in _____.  ", answer: " France " }, { prompt: "Paris is in _____.", answer: "France" }],
    ["a question", "question", { prompt: "Where is Paris?", answer: "France" }, { prompt: "Where is Paris?", answer: "France" }],
  ])("accepts %s", (_name, kind, input, value) => {
    expect(validateCardEdit(kind, input)).toEqual({ ok: true, value });
  });

  test.each([
    ["a cloze without its blank", "cloze", { prompt: "Paris is in France.", answer: "France" }, { prompt: "Keep exactly one blank (_____) where the answer goes." }],
    ["a cloze with two blanks", "cloze", { prompt: "_____ is in _____.", answer: "Paris" }, { prompt: "Keep exactly one blank (_____) where the answer goes." }],
    ["an empty answer", "cloze", { prompt: "Paris is in _____.", answer: "   " }, { answer: "The answer cannot be empty." }],
    ["a long answer", "question", { prompt: "Where?", answer: "x".repeat(121) }, { answer: "Keep the answer short: under 120 characters." }],
    ["an empty prompt and answer", "question", { prompt: "", answer: "" }, { prompt: "The prompt cannot be empty.", answer: "The answer cannot be empty." }],
    ["a blank in a question", "question", { prompt: "Where is _____?", answer: "Paris" }, { prompt: "A question has no blank (_____); make it a question." }],
    ["a prompt too long", "question", { prompt: `${"w".repeat(501)}?`, answer: "a" }, { prompt: "Keep the prompt under 500 characters." }],
  ])("refuses %s", (_name, kind, input, errors) => {
    expect(validateCardEdit(kind, input)).toEqual({ ok: false, errors });
  });
});

describe("ZSaveChosenCardsSchema", () => {
  test.each([
    ["no card chosen", { articleId: "a1", accepted: [] }, true],
    ["cards with and without edits", { articleId: "a1", accepted: [{ cardId: "c1" }, { cardId: "c2", edit: { prompt: "Q?", answer: "A" } }] }, true],
    ["a card chosen twice", { articleId: "a1", accepted: [{ cardId: "c1" }, { cardId: "c1" }] }, false],
    ["no article", { articleId: "", accepted: [] }, false],
    ["an id that is far too long", { articleId: "a1", accepted: [{ cardId: "c".repeat(65) }] }, false],
    ["not a list", { articleId: "a1", accepted: "c1" }, false],
  ])("%s", (_name, input, ok) => {
    expect(ZSaveChosenCardsSchema.safeParse(input).success).toBe(ok);
  });
});
