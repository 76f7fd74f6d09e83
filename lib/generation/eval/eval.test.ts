import { describe, expect, it } from "vitest";
import { generateDeck } from "../generate-deck";
import { evaluateDeck } from "./evaluate-deck";
import { loadEvalSet } from "./load-eval-set";

const articles = loadEvalSet();

describe("evaluation set", () => {
  it("holds the built-in article and at least four others on other subjects", () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
    for (const a of articles) {
      expect(a.keyFacts.length).toBeGreaterThanOrEqual(10);
      expect(a.url).toMatch(/^https?:\/\//);
    }
  });

  it.each(articles)("$id: coverage ≥ 0.90 and faults ≤ 5%", (article) => {
    const { cards, reason } = generateDeck({ text: article.text, title: article.title, publishedAt: article.publishedAt });
    expect(reason).toBeUndefined();
    const result = evaluateDeck(cards, article.text, article.keyFacts);
    const unfiltered = evaluateDeck(generateDeck({ text: article.text, publishedAt: article.publishedAt }, { skipFinalCheck: true }).cards, article.text, article.keyFacts);
    console.info(
      `${article.id}: ${result.cards} cards, coverage ${result.coverage.toFixed(2)}, faults ${(result.faultRate * 100).toFixed(1)}% ` +
        `(before the final check: ${(unfiltered.faultRate * 100).toFixed(1)}% of ${unfiltered.cards})` +
        (result.missed.length ? `; missed: ${result.missed.map((m) => `${m.cue} → ${m.answer}`).join("; ")}` : ""),
    );
    expect(result.coverage).toBeGreaterThanOrEqual(0.9);
    expect(result.faultRate).toBeLessThanOrEqual(0.05);
    expect(unfiltered.faultRate).toBeLessThanOrEqual(0.05);
  });

  it("gives the built-in article 40–80 cards", () => {
    const seed = articles[0];
    const { cards } = generateDeck({ text: seed.text, title: seed.title, publishedAt: seed.publishedAt });
    expect(cards.length).toBeGreaterThanOrEqual(40);
    expect(cards.length).toBeLessThanOrEqual(80);
  });
});
