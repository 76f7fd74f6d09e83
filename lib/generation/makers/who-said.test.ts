import { describe, expect, it } from "vitest";
import { pairs, runMaker } from "./run-maker.test-helper";
import { WHO_SAID_SCORES, whoSaidMaker } from "./who-said";

describe("whoSaidMaker", () => {
  it("asks who made a short statement, the speaker named after it", () => {
    expect(pairs(runMaker(whoSaidMaker, "Other weapons Pyongyang wants are modern fighter aircraft, said Gary Samore."))).toEqual([
      ["Who said other weapons Pyongyang wants are modern fighter aircraft?", "Gary Samore"],
    ]);
  });

  it("makes nothing of a statement too long to be a question", () => {
    const long = `The minister said ${"the plan would cut costs for farmers and workers ".repeat(3)}in every region.`;
    expect(runMaker(whoSaidMaker, `Jane Roe is a minister. ${long}`).every((c) => c.prompt.split(/\s+/).length <= WHO_SAID_SCORES.maxWords)).toBe(true);
  });
});
