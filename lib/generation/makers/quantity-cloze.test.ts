import { describe, expect, it } from "vitest";
import { QUANTITY_CLOZE_SCORES, quantityClozeMaker, significantDigits } from "./quantity-cloze";
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

  it("weakens an exact tally against a round figure", () => {
    expect([2813, 130_000, 4.6, 47.74, 1000].map(significantDigits)).toEqual([4, 2, 2, 4, 1]);
    const [tally] = runMaker(quantityClozeMaker, "In Ariksat commune, the party won 2,813 votes.");
    const [round] = runMaker(quantityClozeMaker, "Nationwide, the party won 130,000 votes.");
    expect(tally.score).toBeCloseTo(round.score * QUANTITY_CLOZE_SCORES.exact);
  });
});
