import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze-article";
import { SELECTION, selectDeck } from "./select-deck";
import type { Candidate } from "./types";

const article = analyzeArticle(
  "The Federal Reserve cut its benchmark rate to near zero in March 2020. Jerome Powell chairs the Federal Reserve. Prices rose 2% in May 2021.",
  new Date("2021-06-01T12:00:00Z"),
);
const [s0, s1, s2] = article.infos.map((i) => i.sentence);

function candidate(sentence: Candidate["sentence"], answer: string, score: number, extra: Partial<Candidate> = {}): Candidate {
  return { kind: "cloze", prompt: `${sentence.text.split(" ").slice(0, 4).join(" ")} ${answer.replace(/\W/g, "")}word _____.`, answer, aliases: [], answerType: "number", sentence, factId: `s${sentence.index}|${answer}`, family: "quantity-cloze", score, ...extra };
}

describe("selectDeck", () => {
  it("puts candidates at deckMin or above in the deck and the next ones in the suggestions, best first", () => {
    const { deck, suggestions } = selectDeck(
      [candidate(s0, "near zero", 0.7), candidate(s1, "1%", 0.7), candidate(s2, "2%", SELECTION.deckMin - 0.01), candidate(s1, "chair", 0.1)],
      article,
    );
    expect(deck.map((c) => c.answer).sort()).toEqual(["1%", "near zero"]);
    // Scores are rescaled by salience and the sentence's centrality: the lists follow the rescaled scores.
    expect(deck.every((c) => c.score >= SELECTION.deckMin)).toBe(true);
    expect(suggestions.every((c) => c.score >= SELECTION.suggestionMin && c.score < SELECTION.deckMin)).toBe(true);
    expect([...deck, ...suggestions].map((c) => c.answer)).not.toContain("chair");
  });

  it("fills a deck smaller than minDeck with the best suggestions above floorMin, from other sentences", () => {
    const { deck, suggestions } = selectDeck([candidate(s0, "near zero", 0.28), candidate(s2, "2%", 0.27), candidate(s1, "chair", 0.1)], article);
    expect(deck.length).toBeLessThanOrEqual(SELECTION.minDeck);
    expect(deck.every((c) => c.score >= SELECTION.floorMin)).toBe(true);
    expect(deck.length + suggestions.length).toBeGreaterThan(0);
    expect(deck.map((c) => c.answer)).toContain("near zero");
  });

  it("takes a second card from one sentence only for a distinct, strong fact, and never a third", () => {
    const { deck } = selectDeck(
      [
        candidate(s0, "near zero", 0.8),
        candidate(s0, "March 2020", 0.75, { answerType: "date-month", prompt: "When did the Fed cut its rate to near zero?" }),
        candidate(s0, "benchmark rate", 0.74, { answerType: "phrase", prompt: "The Federal Reserve cut its _____ to near zero." }),
        candidate(s2, "May 2021", SELECTION.secondMin - 0.05, { answerType: "date-month", prompt: "Prices rose 2% in _____." }),
      ],
      article,
    );
    expect(deck.filter((c) => c.sentence === s0)).toHaveLength(SELECTION.perSentence);
    expect(deck.map((c) => c.answer)).toContain("May 2021");
  });

  it("asks for one answer once, and drops a near-duplicate prompt", () => {
    const { deck, suggestions } = selectDeck(
      [
        candidate(s0, "near zero", 0.8, { prompt: "The Federal Reserve cut its benchmark rate to _____ in March 2020." }),
        candidate(s2, "near zero", 0.7, { prompt: "Prices stayed _____ in May 2021." }),
        candidate(s2, "near zero", 0.7, { prompt: "Prices stayed _____ in May 2021.", factId: "other" }),
      ],
      article,
    );
    expect(deck.filter((c) => c.answer === "near zero")).toHaveLength(SELECTION.perAnswer);
    expect(suggestions).toHaveLength(1);
  });

  it("discounts a date that the date above the card gives away", () => {
    const near = analyzeArticle("The bank raised rates on May 30.", new Date("2021-06-01T12:00:00Z"));
    const date = near.infos[0].dates[0];
    const { deck, suggestions } = selectDeck([candidate(near.infos[0].sentence, date.answer, 0.6, { answerType: "date-day", date })], near);
    expect([...deck, ...suggestions][0].score).toBeLessThan(0.6 * 0.7);
  });
});
