import { createEmptyCard, Rating, State } from "ts-fsrs";
import { describe, expect, test } from "vitest";
import { DEFAULT_SETTINGS } from "../validations/settings";
import { gradeCard, MAX_ANSWER_MS } from "./grade-card";
import { SchedulingError, SchedulingErrorCode } from "./scheduling-error";

const NOW = new Date("2024-03-10T06:30:00Z");
const MIN = 60_000;

function errorOf(run: () => unknown): SchedulingError {
  try {
    run();
  } catch (error) {
    if (error instanceof SchedulingError) return error;
    throw error;
  }
  throw new Error("expected a SchedulingError");
}

describe("gradeCard", () => {
  test.each([
    [Rating.Again, State.Learning, 1 * MIN, 0],
    [Rating.Hard, State.Learning, 6 * MIN, 0],
    [Rating.Good, State.Learning, 10 * MIN, 1],
    [Rating.Easy, State.Review, null, 0],
  ])("new card graded %i → state %i, due in %s ms, learning_steps %i", (grade, state, inMs, step) => {
    const { card, log, previousDue } = gradeCard(createEmptyCard(NOW), grade, NOW, DEFAULT_SETTINGS, "c1", 3000);
    expect(card.state).toBe(state);
    expect(card.learning_steps).toBe(step);
    expect(card.reps).toBe(1);
    expect(card.last_review).toEqual(NOW);
    if (inMs !== null) expect(card.due.getTime() - NOW.getTime()).toBe(inMs);
    else expect(card.scheduled_days).toBeGreaterThanOrEqual(1);
    expect(log).toMatchObject({ rating: grade, state: State.New, review: NOW });
    expect(previousDue).toEqual(NOW);
  });

  test.each([
    ["Rating.Manual", Rating.Manual, "Rating.Manual cannot be used to grade a review"],
    ["5", 5 as Rating, "Grade must be Again, Hard, Good or Easy (1-4), got 5"],
    ["2.5", 2.5 as Rating, "Grade must be Again, Hard, Good or Easy (1-4), got 2.5"],
    ["'3' (string)", "3" as unknown as Rating, "Grade must be Again, Hard, Good or Easy (1-4), got 3"],
  ])("rejects grade %s with INVALID_GRADE", (_name, grade, message) => {
    const error = errorOf(() => gradeCard(createEmptyCard(NOW), grade, NOW, DEFAULT_SETTINGS, "c1", 0));
    expect(error.code).toBe(SchedulingErrorCode.INVALID_GRADE);
    expect(error.message).toBe(message);
  });

  test.each([
    [0, 0],
    [1234.6, 1235],
    [MAX_ANSWER_MS, MAX_ANSWER_MS],
    [10 * 60_000, MAX_ANSWER_MS],
  ])("durationMs %d is recorded as %d", (input, recorded) => {
    expect(gradeCard(createEmptyCard(NOW), Rating.Good, NOW, DEFAULT_SETTINGS, "c1", input).durationMs).toBe(recorded);
  });

  test.each([[-1], [Number.NaN], [Infinity]])("durationMs %d is INVALID_DURATION", (durationMs) => {
    const error = errorOf(() => gradeCard(createEmptyCard(NOW), Rating.Good, NOW, DEFAULT_SETTINGS, "c1", durationMs));
    expect(error.code).toBe(SchedulingErrorCode.INVALID_DURATION);
  });

  test("an Invalid Date is INVALID_DATE", () => {
    const error = errorOf(() => gradeCard(createEmptyCard(NOW), Rating.Good, new Date("nope"), DEFAULT_SETTINGS, "c1", 0));
    expect(error.code).toBe(SchedulingErrorCode.INVALID_DATE);
  });

  test("now on a UTC day before the last review is INVALID_DATE (ts-fsrs would throw an untyped error)", () => {
    const { card } = gradeCard(createEmptyCard(NOW), Rating.Good, NOW, DEFAULT_SETTINGS, "c1", 0);
    const yesterday = new Date(NOW.getTime() - 86_400_000);
    expect(errorOf(() => gradeCard(card, Rating.Good, yesterday, DEFAULT_SETTINGS, "c1", 0)).code).toBe(
      SchedulingErrorCode.INVALID_DATE,
    );
    // Seconds of clock skew on the same day are tolerated, as in ts-fsrs.
    expect(() => gradeCard(card, Rating.Good, new Date(NOW.getTime() - 5000), DEFAULT_SETTINGS, "c1", 0)).not.toThrow();
  });

  test("does not mutate its input", () => {
    const card = createEmptyCard(NOW);
    const copy = structuredClone(card);
    gradeCard(card, Rating.Good, NOW, DEFAULT_SETTINGS, "c1", 0);
    expect(card).toStrictEqual(copy);
  });

  test("empty learning steps: FSRS schedules a new card in days straight away", () => {
    const settings = { ...DEFAULT_SETTINGS, learningSteps: "" };
    const { card } = gradeCard(createEmptyCard(NOW), Rating.Good, NOW, settings, "c1", 0);
    expect(card.state).toBe(State.Review);
    expect(card.scheduled_days).toBeGreaterThanOrEqual(1);
  });
});
