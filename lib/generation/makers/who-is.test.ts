import { describe, expect, it } from "vitest";
import { pairs, runMaker } from "./run-maker.test-helper";
import { WHO_IS_SCORES, whoIsMaker } from "./who-is";

describe("whoIsMaker", () => {
  it.each<[string, [string, string][]]>([
    ["French Foreign Minister Catherine Colonna met reporters.", [["Who is Catherine Colonna (as of December 2023)?", "French Foreign Minister"]]],
    ["Ken Gause, a senior analyst at the Center for Naval Analyses, said Moscow would help.", [["Who is Ken Gause (as of December 2023)?", "senior analyst at the Center for Naval Analyses"]]],
    // A bare one-word title is no answer: "Who is Vladimir Putin? → President".
    ["President Vladimir Putin spoke on Monday.", []],
    // A name the tagger takes for a place ("Hill"), an occupation outside the office words, a capitalised verb in a title.
    ["“It works,” said Donna Hill, director of Operations at the Digital Health Office.", [["Who is Donna Hill (as of December 2023)?", "director of Operations at the Digital Health Office"]]],
    ["Dr. Priya Joshi, an internist at the San Francisco VA, says it helps.", [["Who is Priya Joshi (as of December 2023)?", "internist at the San Francisco VA"]]],
    ["Air Force Veteran Thomas Deaton is training for the trials.", [["Who is Thomas Deaton (as of December 2023)?", "Air Force Veteran"]]],
  ])("%s", (text, expected) => {
    expect(pairs(runMaker(whoIsMaker, text))).toEqual(expected);
  });

  it("scores an office with its country above a described role", () => {
    const [office] = runMaker(whoIsMaker, "French Foreign Minister Catherine Colonna met reporters.");
    const [role] = runMaker(whoIsMaker, "Jane Roe, a senior analyst, said prices would rise.");
    expect(office.score).toBe(WHO_IS_SCORES.specific);
    expect(role.score).toBe(WHO_IS_SCORES.described);
  });

  it("scores a country's leader below any other office: every newsreader knows who leads North Korea", () => {
    const [leader] = runMaker(whoIsMaker, "North Korean leader Kim Jong Un visited a fighter jet plant.");
    const [minister] = runMaker(whoIsMaker, "North Korean Foreign Minister Choe Son Hui visited a fighter jet plant.");
    expect(leader.answer).toBe("North Korean leader");
    expect(leader.score).toBeCloseTo(WHO_IS_SCORES.specific * WHO_IS_SCORES.headOfState);
    expect(minister.score).toBe(WHO_IS_SCORES.specific);
  });
});
