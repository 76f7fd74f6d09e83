import { describe, expect, it } from "vitest";
import { pairs, runMaker } from "./run-maker.test-helper";
import { WHEN_QUESTION_SCORES, whenQuestionMaker } from "./when-question";

describe("whenQuestionMaker", () => {
  it.each<[string, [string, string][]]>([
    ["Kim visited a fighter jet plant in Komsomolsk-on-Amur on September 16.", [["When did Kim visit a fighter jet plant in Komsomolsk-on-Amur?", "September 16, 2023"]]],
    ["North Korea on Monday conducted its fifth intercontinental ballistic missile test of the year.", [["When did North Korea conduct its fifth intercontinental ballistic missile test of the year?", "Monday, December 18, 2023"]]],
    // A date inside the attribution ("KCNA said Tuesday") is not the fact.
    ["The missile was a Hwasong-18, North Korea's state-run KCNA said Tuesday.", []],
  ])("%s", (text, expected) => {
    expect(pairs(runMaker(whenQuestionMaker, text))).toEqual(expected);
  });

  it("values a date the article gives above one worked out from a weekday", () => {
    const [given] = runMaker(whenQuestionMaker, "Kim visited a fighter jet plant in Komsomolsk-on-Amur on September 16.");
    const [weekday] = runMaker(whenQuestionMaker, "North Korea on Monday conducted its fifth missile test of the year.");
    expect(given.score).toBe(WHEN_QUESTION_SCORES.day);
    expect(weekday.score).toBeCloseTo(WHEN_QUESTION_SCORES.day * WHEN_QUESTION_SCORES.weekdayOnly);
  });
});
