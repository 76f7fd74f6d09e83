import { describe, expect, it } from "vitest";
import { runMaker } from "./run-maker.test-helper";
import { TERM_CLOZE_SCORES, termClozeMaker } from "./term-cloze";

describe("termClozeMaker", () => {
  it("blanks key terms that are objects of the sentence; one word only where the sentence defines it", () => {
    const answers = runMaker(termClozeMaker, "The White House released imagery showing shipments of artillery shells via railcars.").map((c) => c.answer);
    expect(answers).toContain("artillery shells");
    expect(answers).not.toContain("railcars");
    const defined = runMaker(termClozeMaker, "Stretches of ionized atoms in the upper atmosphere are referred to as the ionosphere.");
    expect(defined.map((c) => [c.prompt, c.answer])).toContainEqual(["Stretches of ionized atoms in the upper atmosphere are referred to as the _____.", "ionosphere"]);
  });

  it("never blanks an everyday word, a generic noun or the subject", () => {
    const answers = runMaker(termClozeMaker, "The two sides have each signaled a response. Researchers said the response was a move.").map((c) => c.answer);
    expect(answers).not.toContain("response");
    expect(answers).not.toContain("move");
    expect(answers).not.toContain("researchers");
  });

  it("asks for the term a copular sentence defines, not for its description, which other descriptions would fit", () => {
    const cards = runMaker(termClozeMaker, "The troposphere is the lowermost atmospheric layer.");
    const subject = cards.find((c) => c.answer === "troposphere");
    const description = cards.find((c) => c.answer === "lowermost atmospheric layer");
    expect(subject?.prompt).toBe("The _____ is the lowermost atmospheric layer.");
    expect(description && subject && description.score < subject.score).toBe(true);
  });

  it("weakens the description before a name the sentence introduces", () => {
    const [card] = runMaker(termClozeMaker, "The planets circle a small, nearby dwarf star called TRAPPIST-1.").filter((c) => c.answer === "nearby dwarf star");
    const [plain] = runMaker(termClozeMaker, "The planets circle a small, nearby dwarf star in the constellation.").filter((c) => c.answer === "nearby dwarf star");
    expect(card.score).toBeCloseTo(plain.score * TERM_CLOZE_SCORES.namesNext);
  });
});
