import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkCard } from "./check-card";
import { generateDeck } from "./generate-deck";
import { GAP } from "./render-prompt";

const SEED = readFileSync(new URL("./eval/articles/nk-russia-cooperation.txt", import.meta.url), "utf8");
const PUBLISHED = new Date("2023-12-19T12:00:00Z");
const deck = generateDeck({ text: SEED, title: "North Korea–Russia military cooperation raises global security concerns", publishedAt: PUBLISHED });
const find = (pred: (prompt: string, answer: string) => boolean) => deck.cards.find((c) => pred(c.prompt, c.answer));

describe("generateDeck on the built-in article", () => {
  it("gives a ranked deck of 40–80 cards without a reason", () => {
    expect(deck.reason).toBeUndefined();
    expect(deck.cards.length).toBeGreaterThanOrEqual(40);
    expect(deck.cards.length).toBeLessThanOrEqual(80);
    const scores = deck.cards.map((c) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it.each<[string, string, string]>([
    ["who-is, forward", "Who is Ken Gause?", "senior adversary analytics specialist at the Center for Naval Analyses"],
    ["who-is, reverse, dated", "Who is the senior adversary analytics specialist at the Center for Naval Analyses (as of December 2023)?", "Ken Gause"],
    ["when, weekday resolved", "When did North Korea conduct its fifth intercontinental ballistic missile test of the year?", "Monday, December 18, 2023"],
    ["who said", "Who said other weapons Pyongyang “desperately” wants are modern fighter aircraft and air defense systems?", "Gary Samore"],
  ])("holds the %s card", (_name, prompt, answer) => {
    const card = find((p) => p === prompt);
    expect(card?.answer).toBe(answer);
  });

  it.each<[string, RegExp, string]>([
    ["'the next day' resolved", /Vladivostok _____\./, "September 17, 2023"],
    ["a quantity with its noun kept", /_____ containers/, "more than 1,000"],
    ["a day-month in an adjectival slot", /following a\(n\) _____ meeting with Chinese Foreign Minister Wang Yi/, "November 23, 2023"],
  ])("cloze: %s", (_name, prompt, answer) => {
    expect(find((p) => prompt.test(p))?.answer).toBe(answer);
  });

  it("keeps source offsets, one gap per cloze, unique fact keys and sound cards", () => {
    const keys = new Set<string>();
    for (const card of deck.cards) {
      expect(SEED.slice(card.source.start, card.source.end)).toBe(card.source.sentence);
      if (card.kind === "cloze") expect(card.prompt.split(GAP).length).toBe(2);
      expect(card.distractors.length).toBeLessThanOrEqual(3);
      expect(keys.has(card.factKey)).toBe(false);
      keys.add(card.factKey);
      expect(checkCard(card, SEED)).toEqual([]);
    }
  });

  it("never asks 'When did Earlier this year…' and never opens with a pronoun", () => {
    for (const card of deck.cards) {
      expect(card.prompt).not.toMatch(/^When did (?:earlier|later|last|this)\b/i);
      expect(card.prompt).not.toMatch(/^(?:He|She|They|It|This)\b/);
    }
  });

  it("gives people as distractors for people and day-dates for day-dates", () => {
    const person = find((p, a) => a === "Ken Gause" && p.startsWith("Who is the"))!;
    expect(person.distractors.length).toBe(3);
    for (const d of person.distractors) expect(deck.cards.some((c) => c.answer === d) || /^[A-Z][a-z]+(?: [A-Z][\w.-]*)+$/.test(d)).toBe(true);
    const date = find((_p, a) => a === "Monday, December 18, 2023")!;
    for (const d of date.distractors) expect(d).toMatch(/^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4}$/);
  });

  it("is deterministic: same input, same deck and fact keys", () => {
    const again = generateDeck({ text: SEED, publishedAt: PUBLISHED });
    expect(again.cards).toEqual(deck.cards);
  });
});

describe("generateDeck on bad input", () => {
  it.each<[string, string]>([
    ["empty", ""],
    ["whitespace", "   \n\n  "],
    ["too long", "word ".repeat(50_000)],
    ["binary", "\u0000\u0001\u0002ELF\u0000binary\u0000"],
    ["another language", "El gobierno anunció el martes una nueva reforma que será presentada en el congreso durante las próximas semanas, según el ministro de economía."],
    ["no sentences", "Controversial mission\nA heading\nAnother heading"],
  ])("%s: an empty deck and a reason, no throw", (_name, text) => {
    const result = generateDeck({ text });
    expect(result.cards).toEqual([]);
    expect(result.reason).toBeTruthy();
  });

  it("reads HTML through a parser, dropping scripts", () => {
    const html = `<html><body><h1>Test</h1><script>var x = "Ken Gause";</script><p>${SEED.split("\n").slice(0, 6).join("</p><p>")}</p></body></html>`;
    const result = generateDeck({ text: html, publishedAt: PUBLISHED });
    expect(result.reason).toBeUndefined();
    expect(result.cards.length).toBeGreaterThan(5);
    expect(result.cards.every((c) => !c.prompt.includes("<") && !c.prompt.includes("var x"))).toBe(true);
  });

  it("takes the publication date from a dateline when none is given", () => {
    const text = "Manila (AFP) Aug 6, 2023\n\nThe coast guard said on Saturday that Chinese vessels fired water cannon at a Philippine boat near Second Thomas Shoal.";
    const card = generateDeck({ text }).cards.find((c) => c.answer.includes("August 5, 2023"));
    expect(card).toBeDefined();
  });

  it("survives a title-less article without a publication date", () => {
    const result = generateDeck({ text: SEED });
    expect(result.cards.length).toBeGreaterThan(20);
    expect(result.cards.some((c) => /Monday/.test(c.answer))).toBe(false);
  });
});
