import { describe, expect, it } from "vitest";
import { entityClozeMaker } from "./entity-cloze";
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
});
