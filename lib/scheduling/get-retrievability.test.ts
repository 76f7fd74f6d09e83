import { createEmptyCard, default_w, Rating, State } from "ts-fsrs";
import { describe, expect, test } from "vitest";
import { DEFAULT_SETTINGS } from "../validations/settings";
import { gradeCard } from "./grade-card";
import { getRetrievability } from "./get-retrievability";

const NOW = new Date("2024-03-10T06:30:00Z");
const DAY = 86_400_000;
const settings = { ...DEFAULT_SETTINGS, enableFuzz: false };

function reviewCard() {
  let card = createEmptyCard(NOW);
  for (const grade of [Rating.Good, Rating.Good, Rating.Good]) {
    card = gradeCard(card, grade, card.due, settings, "c1", 0).card;
  }
  return card;
}

describe("getRetrievability", () => {
  test("null for a new card", () => {
    expect(getRetrievability(createEmptyCard(NOW), NOW)).toBeNull();
  });

  test("1 right after a review, then falls with time", () => {
    const card = reviewCard();
    expect(card.state).toBe(State.Review);
    const at = (days: number) => getRetrievability(card, new Date(card.last_review!.getTime() + days * DAY))!;
    expect(at(0)).toBe(1);
    const values = [0.5, 1, card.scheduled_days, 2 * card.scheduled_days, 365].map(at);
    for (let i = 1; i < values.length; i += 1) expect(values[i]).toBeLessThan(values[i - 1]);
    for (const v of values) {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThan(1);
    }
  });

  test("at the due date it is close to the desired retention (0.9)", () => {
    const card = reviewCard();
    expect(getRetrievability(card, card.due)).toBeCloseTo(0.9, 1);
  });

  test("before the last review (clock skew) counts as no time elapsed", () => {
    const card = reviewCard();
    expect(getRetrievability(card, new Date(card.last_review!.getTime() - 60_000))).toBe(1);
  });

  test("uses the user's weights (decay w[20])", () => {
    const card = reviewCard();
    const w = [...default_w];
    w[20] = 0.8;
    const later = new Date(card.due.getTime() + 30 * DAY);
    expect(getRetrievability(card, later, { fsrsWeights: w })).not.toBe(getRetrievability(card, later));
  });
});
