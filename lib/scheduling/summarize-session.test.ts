import { Rating, State } from "ts-fsrs";
import { describe, expect, test } from "vitest";
import { summarizeSession, type TSessionReview } from "./summarize-session";

const r = (rating: Rating, state: State, durationMs: number): TSessionReview => ({ rating, state, durationMs });

describe("summarizeSession", () => {
  test.each([
    [
      "empty",
      [],
      { reviewed: 0, againRate: 0, totalMs: 0, averageMs: 0, byGrade: { again: 0, hard: 0, good: 0, easy: 0 }, newCards: 0, learningAnswers: 0, reviewAnswers: 0 },
    ],
    [
      "mixed session",
      [
        r(Rating.Again, State.New, 4000),
        r(Rating.Good, State.Learning, 2000),
        r(Rating.Good, State.Review, 3000),
        r(Rating.Easy, State.Review, 1000),
        r(Rating.Hard, State.Relearning, 5000),
      ],
      { reviewed: 5, againRate: 0.2, totalMs: 15000, averageMs: 3000, byGrade: { again: 1, hard: 1, good: 2, easy: 1 }, newCards: 1, learningAnswers: 2, reviewAnswers: 2 },
    ],
    [
      "forget logs (Rating.Manual) and bad durations are ignored",
      [r(Rating.Manual, State.Review, 9000), r(Rating.Again, State.Review, Number.NaN), r(Rating.Again, State.Review, -5)],
      { reviewed: 2, againRate: 1, totalMs: 0, averageMs: 0, byGrade: { again: 2, hard: 0, good: 0, easy: 0 }, newCards: 0, learningAnswers: 0, reviewAnswers: 2 },
    ],
  ])("%s", (_name, reviews, expected) => {
    expect(summarizeSession(reviews)).toEqual(expected);
  });

  test("accepts full ts-fsrs review logs with a duration", () => {
    const log = {
      rating: Rating.Good, state: State.Review, due: new Date(), stability: 3, difficulty: 5, elapsed_days: 3,
      last_elapsed_days: 1, scheduled_days: 3, learning_steps: 0, review: new Date(), durationMs: 2500,
    };
    expect(summarizeSession([log]).totalMs).toBe(2500);
  });
});
