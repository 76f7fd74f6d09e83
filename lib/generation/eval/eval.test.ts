import { describe, expect, it } from "vitest";
import { generateDeck } from "../generate-deck";
import { evaluateDeck } from "./evaluate-deck";
import { loadEvalSet } from "./load-eval-set";

const articles = loadEvalSet();
/** The set the issue asks for: articles of 500 words or more (the five short ones of the first set only help tuning). */
const full = articles.filter((a) => a.words >= 500);
const heldout = articles.filter((a) => a.split === "heldout");

/**
 * Regression floors measured on the held-out half (see README, "Card generation"): they stop the generator from
 * getting worse, and are below the targets of the precision issue (coverage 0.85 per article), which are not met yet.
 */
// 0.10 until the session that traded coverage for precision (held-out judged 33 % → 50 %, coverage 0.12 → 0.09).
const FLOOR = { coverageMean: 0.08 } as const;

describe("evaluation set", () => {
  it("holds 16 or more articles of 500+ words in 8 or more genres, two long reads, about half held out", () => {
    expect(full.length).toBeGreaterThanOrEqual(16);
    expect(new Set(full.map((a) => a.genre)).size).toBeGreaterThanOrEqual(8);
    expect(full.filter((a) => a.words > 1500).length).toBeGreaterThanOrEqual(2);
    const held = full.filter((a) => a.split === "heldout").length;
    expect(held).toBeGreaterThanOrEqual(Math.floor(full.length / 2) - 1);
    expect(held).toBeLessThanOrEqual(Math.ceil(full.length / 2) + 1);
  });

  it.each(full)("$id: 15–40 key facts, each answer and cue read in the text; a source and licence", (a) => {
    expect(a.keyFacts.length).toBeGreaterThanOrEqual(15);
    expect(a.keyFacts.length).toBeLessThanOrEqual(40);
    const text = a.text.toLowerCase().replace(/[’‘]/g, "'");
    for (const f of a.keyFacts) {
      expect(f.answers.some((x) => text.includes(x.toLowerCase().replace(/[’‘]/g, "'"))), JSON.stringify(f)).toBe(true);
      expect(f.cues.some((x) => text.includes(x.toLowerCase().replace(/[’‘]/g, "'"))), JSON.stringify(f)).toBe(true);
    }
    expect(a.url).toMatch(/^https?:\/\//);
    expect(a.source).toMatch(/public domain|CC BY/i);
  });
});

describe.each(heldout)("held-out article $id", (a) => {
  const { cards, reason } = generateDeck({ text: a.text, title: a.title, publishedAt: a.publishedAt }, { strict: true });
  const result = evaluateDeck(cards, a.text, a.title, a.keyFacts);

  it("gets a deck, with suggestions kept apart", () => {
    expect(reason).toBeUndefined();
    expect(result.cards).toBeGreaterThan(0);
    const firstSuggestion = cards.findIndex((c) => c.suggested);
    if (firstSuggestion >= 0) expect(cards.slice(firstSuggestion).every((c) => c.suggested)).toBe(true);
  });

  it("keeps the deck small: at most 3 cards from one sentence and 7 per 100 words", () => {
    expect(result.maxPerSentence).toBeLessThanOrEqual(3);
    expect(result.cardsPer100Words).toBeLessThanOrEqual(7);
  });

  it("has at most 2 % cards the independent audit flags", () => {
    expect(result.faultRate, JSON.stringify(result.faults, null, 1)).toBeLessThanOrEqual(0.02);
  });
});

describe("held-out half as a whole", () => {
  it(`covers on average at least ${FLOOR.coverageMean} of the key facts`, () => {
    const coverage = heldout.map((a) => {
      const { cards } = generateDeck({ text: a.text, title: a.title, publishedAt: a.publishedAt }, { strict: true });
      return evaluateDeck(cards, a.text, a.title, a.keyFacts).coverage;
    });
    expect(coverage.reduce((s, c) => s + c, 0) / coverage.length).toBeGreaterThanOrEqual(FLOOR.coverageMean);
  });
});
