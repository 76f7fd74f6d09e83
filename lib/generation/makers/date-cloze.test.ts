import { describe, expect, it } from "vitest";
import { dateClozeMaker } from "./date-cloze";
import { pairs, runMaker } from "./run-maker.test-helper";

describe("dateClozeMaker", () => {
  it.each<[string, [string, string][]]>([
    ["Kim visited a fighter jet plant in Komsomolsk-on-Amur on September 16.", [["Kim visited a fighter jet plant in Komsomolsk-on-Amur on _____.", "September 16, 2023"]]],
    // The attribution and its day go: the day a news agency reported something is not worth remembering.
    ["The missile was a Hwasong-18, North Korea's state-run KCNA said Tuesday.", []],
  ])("%s", (text, expected) => {
    expect(pairs(runMaker(dateClozeMaker, text))).toEqual(expected);
  });

  it("cuts the attribution and trailing clauses around the date", () => {
    const [card] = runMaker(dateClozeMaker, "Regulators approved the drug in 2024, which surprised investors, officials said.");
    expect(card.prompt).toBe("Regulators approved the drug in _____.");
  });

  it.each<[string, boolean]>([
    ["The Veterans Administration issued a 1934 letter to its physicians.", false],
    ["Medical bulletins in the 1930’s referenced morphine.", false],
    ["Hospitals began giving phenobarbital to addicts in 1921.", true],
    ["The 2017 election was held in June.", false],
    ["In 2017, turnout was 90 percent.", true],
  ])("a year used as a modifier or a decade is never blanked: %s (asked: %s)", (text, asked) => {
    const years = runMaker(dateClozeMaker, text).filter((c) => /^1\d{3}$/.test(c.answer) || c.answer === "2017");
    expect(years.length > 0).toBe(asked);
  });
});
