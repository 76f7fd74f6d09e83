import { describe, expect, it } from "vitest";
import { pairs, runMaker } from "./run-maker.test-helper";
import { subjectQuestionMaker } from "./subject-question";

describe("subjectQuestionMaker", () => {
  it.each<[string, [string, string][]]>([
    ["China has not condemned the satellite launch.", [["Which country has not condemned the satellite launch?", "China"]]],
    // A relative date in the lead is written out, so the question stands on its own later.
    ["Last month, the White House released satellite imagery showing shipments of artillery shells.", [["In November 2023, who released satellite imagery showing shipments of artillery shells?", "White House"]]],
    ["The report was released on Monday.", []],
  ])("%s", (text, expected) => {
    expect(pairs(runMaker(subjectQuestionMaker, text))).toEqual(expected);
  });
});
