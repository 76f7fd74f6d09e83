import { createEmptyCard, fsrs, Rating, type Card } from "ts-fsrs";
import { describe, expect, test } from "vitest";
import { getRetrievability } from "../scheduling/get-retrievability";
import { estimateTotalKnowledge } from "./estimate-total-knowledge";
import { summarizeRetrievabilities } from "./summarize-retrievabilities";

const START = new Date("2024-03-01T12:00:00Z");
const NOW = new Date("2024-03-10T12:00:00Z");

/** A card answered Good at fixed times until it reaches the Review state. */
function studiedCard(grades: Rating.Good[] | Rating.Easy[]): Card {
  const scheduler = fsrs({ enable_fuzz: false });
  let card = createEmptyCard(START);
  let at = START;
  for (const grade of grades) {
    card = scheduler.next(card, at, grade).card;
    at = card.due;
  }
  return card;
}

describe("estimateTotalKnowledge", () => {
  test("sums the retrievability of studied cards and skips new ones", () => {
    const a = studiedCard([Rating.Good, Rating.Good, Rating.Good]);
    const b = studiedCard([Rating.Easy]);
    const expected = [getRetrievability(a, NOW)!, getRetrievability(b, NOW)!];
    const k = estimateTotalKnowledge([a, createEmptyCard(START), b], NOW);
    expect(k.studiedCards).toBe(2);
    expect(k.retrievabilities).toEqual(expected);
    expect(k.expectedRecalled).toBeCloseTo(expected[0] + expected[1], 12);
    expect(k.averageRetrievability).toBeCloseTo((expected[0] + expected[1]) / 2, 12);
    expect(k.isEmpty).toBe(false);
    for (const r of k.retrievabilities) {
      expect(r).toBeGreaterThan(0);
      expect(r).toBeLessThanOrEqual(1);
    }
  });

  test("a card reviewed this instant is fully known", () => {
    const card = studiedCard([Rating.Easy]);
    expect(estimateTotalKnowledge([card], card.last_review!).expectedRecalled).toBeCloseTo(1, 12);
  });

  test("nothing studied: zero, null average, isEmpty", () => {
    expect(estimateTotalKnowledge([createEmptyCard(START)], NOW)).toEqual({
      studiedCards: 0,
      expectedRecalled: 0,
      averageRetrievability: null,
      retrievabilities: [],
      isEmpty: true,
    });
    expect(estimateTotalKnowledge([], NOW).isEmpty).toBe(true);
  });
});

describe("summarizeRetrievabilities", () => {
  test("leaves out cards never reviewed and values that are not numbers", () => {
    const k = summarizeRetrievabilities([0.9, null, 0.5, Number.NaN, Infinity]);
    expect(k).toMatchObject({ studiedCards: 2, averageRetrievability: 0.7, retrievabilities: [0.9, 0.5], isEmpty: false });
    expect(k.expectedRecalled).toBeCloseTo(1.4, 10);
    expect(summarizeRetrievabilities([null])).toMatchObject({ studiedCards: 0, averageRetrievability: null, isEmpty: true });
  });
});
