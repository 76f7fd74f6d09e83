import { createEmptyCard, Rating, State } from "ts-fsrs";
import { describe, expect, test } from "vitest";
import { DEFAULT_SETTINGS } from "../validations/settings";
import { forgetCard } from "./forget-card";
import { gradeCard } from "./grade-card";

const NOW = new Date("2024-03-10T06:30:00Z");
const LATER = new Date("2024-04-01T12:00:00Z");

function reviewedCard() {
  let card = createEmptyCard(NOW);
  for (const grade of [Rating.Good, Rating.Good, Rating.Again, Rating.Good, Rating.Good]) {
    card = gradeCard(card, grade, card.due, DEFAULT_SETTINGS, "c1", 0).card;
  }
  return card;
}

describe("forgetCard", () => {
  test.each([
    [false, { reps: 5, lapses: 1 }],
    [true, { reps: 0, lapses: 0 }],
  ])("resetCounts=%s resets to New due now, counts %j", (resetCounts, counts) => {
    const before = reviewedCard();
    const { card, log } = forgetCard(before, LATER, resetCounts);
    expect(card).toMatchObject({
      state: State.New,
      due: LATER,
      stability: 0,
      difficulty: 0,
      scheduled_days: 0,
      learning_steps: 0,
      last_review: before.last_review,
      ...counts,
    });
    expect(log).toMatchObject({ rating: Rating.Manual, state: before.state, review: LATER });
  });

  test("a forgotten card is studied like a new one", () => {
    const { card } = forgetCard(reviewedCard(), LATER);
    const next = gradeCard(card, Rating.Good, LATER, DEFAULT_SETTINGS, "c1", 0).card;
    expect(next).toMatchObject({ state: State.Learning, learning_steps: 1 });
    expect(next.due.getTime() - LATER.getTime()).toBe(10 * 60_000);
  });
});
