import { describe, expect, it } from "vitest";
import { acronymQuestionMaker } from "./acronym-question";
import { pairs, runMaker } from "./run-maker.test-helper";

const USED_AGAIN = (acronym: string) => `The ${acronym} team met on Monday. Engineers praised the ${acronym} design.`;

describe("acronymQuestionMaker", () => {
  it.each<[string, [string, string][]]>([
    [`NASA has selected three companies to advance a lunar terrain vehicle (LTV). ${USED_AGAIN("LTV")}`, [["What does LTV stand for?", "lunar terrain vehicle"]]],
    [`The trial ran at the National Heart, Lung, and Blood Institute (NHLBI) in Maryland. ${USED_AGAIN("NHLBI")}`, [["What does NHLBI stand for?", "National Heart, Lung, and Blood Institute"]]],
    // Defined but never used again: a side detail ("visit NOAA's site"), not a term of the article.
    ["NASA has selected three companies to advance a lunar terrain vehicle (LTV) for the Artemis campaign.", []],
    // Letters that do not spell the words before the parenthesis are no definition.
    ["The company (Acme) reported profits on Monday.", []],
  ])("%s", (text, expected) => {
    expect(pairs(runMaker(acronymQuestionMaker, text))).toEqual(expected);
  });
});
