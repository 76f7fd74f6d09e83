import { describe, expect, it } from "vitest";
import { ENTITY_CLOZE_SCORES, entityClozeMaker } from "./entity-cloze";
import { runMaker } from "./run-maker.test-helper";

describe("entityClozeMaker", () => {
  it("blanks a place and keeps the rest of the clause as its cue", () => {
    const cards = runMaker(entityClozeMaker, "Kim visited a fighter jet plant in Komsomolsk-on-Amur on September 16.");
    expect(cards.find((c) => c.answer === "Komsomolsk-on-Amur")?.prompt).toBe("Kim visited a fighter jet plant in _____ on September 16.");
  });

  it("never asks for the speaker of an attribution or for part of a hyphenated word", () => {
    const cards = runMaker(entityClozeMaker, "Indo-Pacific countries described the launch as a threat, said Gary Samore.");
    expect(cards.map((c) => c.answer)).not.toContain("Gary Samore");
    expect(cards.map((c) => c.answer)).not.toContain("Indo");
  });

  it("never asks where a story appeared", () => {
    const cards = runMaker(entityClozeMaker, "Deaton has been featured on ESPN for his wheelchair rugby in Orlando.");
    expect(cards.map((c) => c.answer)).not.toContain("ESPN");
  });

  it.each<[string, string, boolean]>([
    ["At some VA medical centers, patients may notice something new.", "VA", false],
    ["Veterans who have used the ambient AI scribe agreed.", "AI", false],
    ["Former CNRP president Sam Rainsy has lived in exile since 2015.", "CNRP", false],
    ["Moscow would help Pyongyang enhance its Hwasong-18 ICBMs.", "Hwasong-18 ICBMs", true],
    ["Kim visited a fighter jet plant in Komsomolsk-on-Amur last week.", "Komsomolsk-on-Amur", true],
    ["The report is set in Ariksat commune, in Kandal province.", "Kandal", true],
  ])("a name inside a longer noun phrase is no answer: %s → %s asked? %s", (text, answer, asked) => {
    expect(runMaker(entityClozeMaker, text).some((c) => c.answer === answer)).toBe(asked);
  });

  it("prefers a name the sentence introduces (\"a star called _____\")", () => {
    const named = runMaker(entityClozeMaker, "The planets circle a dwarf star called TRAPPIST-1.").find((c) => c.answer === "TRAPPIST-1");
    const plain = runMaker(entityClozeMaker, "The planets circle TRAPPIST-1, a dwarf star.").find((c) => c.answer === "TRAPPIST-1");
    expect(named && plain && named.score / plain.score).toBeCloseTo(ENTITY_CLOZE_SCORES.named);
  });
});
