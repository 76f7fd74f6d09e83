import { describe, expect, it } from "vitest";
import { checkCard, type CardFault } from "./check-card";
import { checkDeck } from "./check-deck";
import type { GeneratedCard } from "./types";

const TEXT = "Ken Gause, an analyst, said Moscow would help. He said so on November 23.";
const SENTENCE = "Ken Gause, an analyst, said Moscow would help.";

function card(overrides: Partial<GeneratedCard>): GeneratedCard {
  return {
    kind: "cloze",
    prompt: "Ken Gause said _____ would help.",
    answer: "Moscow",
    aliases: [],
    distractors: ["Beijing", "Seoul"],
    suggested: false,
    source: { sentence: SENTENCE, start: 0, end: SENTENCE.length },
    factKey: "place:1",
    score: 0.5,
    ...overrides,
  };
}

describe("checkCard", () => {
  it.each<[string, Partial<GeneratedCard>, CardFault | undefined]>([
    ["a sound cloze", {}, undefined],
    ["a sound who-is question", { kind: "question", prompt: "Who is Ken Gause?", answer: "an analyst at the Center for Naval Analyses in Virginia" }, undefined],
    ["two gaps", { prompt: "_____ said _____ would help." }, "gap-count"],
    ["no gap in a cloze", { prompt: "Ken Gause said Moscow would help." }, "gap-count"],
    ["a gap in a question", { kind: "question", prompt: "Who said _____?" }, "gap-count"],
    ["a pronoun opening", { prompt: "He said _____ would help." }, "pronoun"],
    ["an unresolved 'he said'", { prompt: "“We will help _____,” he said." }, "pronoun"],
    ["a vague subject", { prompt: "The agency said _____ would help." }, "vague-subject"],
    ["the answer in the prompt", { prompt: "Moscow said _____ would help Moscow." }, "answer-leak"],
    ["an alias in the prompt", { prompt: "Ken Gause said _____ would help Russia's capital Moskva.", aliases: ["Moskva"] }, "answer-leak"],
    ["a gap in a speaker-less quotation", { prompt: "“We expect to go into the _____ stage and win.”", answer: "knockout" }, "quote-gap"],
    ["a demonym answer", { prompt: "The South _____ intelligence agency said so.", answer: "Korean" }, "demonym-answer"],
    ["a function word answer", { prompt: "Ken Gause said Moscow would help _____.", answer: "there" }, "function-word-answer"],
    ["an answer over six words", { answer: "the capital of the Russian Federation at the time" }, "long-answer"],
    ["offsets off the source", { source: { sentence: SENTENCE, start: 1, end: SENTENCE.length + 1 } }, "offsets"],
    ["a distractor equal to the answer", { distractors: ["Moscow"] }, "bad-distractors"],
    ["four distractors", { distractors: ["A", "B", "C", "D"] }, "bad-distractors"],
    ["'When did Earlier this year…'", { kind: "question", prompt: "When did earlier this year Pyongyang launch a satellite?", answer: "May 2023" }, "when-date-subject"],
  ])("%s", (_name, overrides, expected) => {
    const faults = checkCard(card(overrides), TEXT);
    if (expected) expect(faults).toContain(expected);
    else expect(faults).toEqual([]);
  });

  it("does not flag a scare-quoted name or an attributed quotation", () => {
    expect(checkCard(card({ prompt: "Germany and Portugal are part of the “_____.”", answer: "Group of Death" }), TEXT)).not.toContain("quote-gap");
    expect(checkCard(card({ prompt: "“We fear that Russian counterparts act for the _____,” said Catherine Colonna.", answer: "regime" }), TEXT)).toEqual([]);
  });
});

describe("checkDeck", () => {
  it("flags duplicates and confusable dates", () => {
    const a = card({ factKey: "a" });
    const b = card({ factKey: "b", prompt: "Ken Gause said that _____ would help." });
    const c = card({ factKey: "a", prompt: "Gause said _____ would help." });
    const d = card({ factKey: "d", prompt: "On _____.", answer: "November 23, 2023" });
    const faults = checkDeck([a, b, c, d], TEXT).map((x) => x.faults);
    expect(faults[0]).toEqual([]);
    expect(faults[1]).toContain("duplicate");
    expect(faults[2]).toContain("duplicate");
    expect(faults[3]).toContain("confusable");
  });
});
