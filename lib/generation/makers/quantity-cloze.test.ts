import { describe, expect, it } from "vitest";
import { QUANTITY_CLOZE_SCORES, quantityClozeMaker } from "./quantity-cloze";
import { pairs, runMaker } from "./run-maker.test-helper";

describe("quantityClozeMaker", () => {
  it("blanks the figure with its qualifier and accepts the bare number", () => {
    const [card] = runMaker(quantityClozeMaker, "Images showed more than 1,000 containers of ammunition leaving the port of Najin.");
    expect([card.prompt, card.answer]).toEqual(["Images showed _____ containers of ammunition leaving the port of Najin.", "more than 1,000"]);
    expect(card.aliases).toContain("1,000");
  });

  it("drops a parenthesis and scores small word numbers below figures", () => {
    expect(pairs(runMaker(quantityClozeMaker, "The contract (signed in April) has a combined maximum value of $4.6 billion."))).toEqual([
      ["The contract has a combined maximum value of _____.", "$4.6 billion"],
    ]);
    const [three] = runMaker(quantityClozeMaker, "NASA has selected three companies to build a lunar vehicle.");
    expect(three.score).toBe(QUANTITY_CLOZE_SCORES.word);
  });
});
