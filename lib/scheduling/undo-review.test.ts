import fc from "fast-check";
import { createEmptyCard, Rating, State, type Card, type Grade } from "ts-fsrs";
import { describe, expect, test } from "vitest";
import { DEFAULT_SETTINGS, type TUserSettings } from "../validations/settings";
import { forgetCard } from "./forget-card";
import { gradeCard } from "./grade-card";
import { SchedulingError } from "./scheduling-error";
import { undoReview } from "./undo-review";

const NOW = new Date("2024-03-10T06:30:00Z");
const HOUR = 3_600_000;
const { Again: A, Hard: H, Good: G, Easy: E } = Rating;
const GRADES: Grade[] = [A, H, G, E];

/** Walks a card through `grades`, answering each `lateMs` after it fell due. */
function walk(grades: Grade[], lateMs: number, settings: TUserSettings = DEFAULT_SETTINGS): { card: Card; at: Date } {
  let card = createEmptyCard(NOW);
  let at = NOW;
  for (const grade of grades) {
    card = gradeCard(card, grade, at, settings, "card-7", 2000).card;
    at = new Date(card.due.getTime() + lateMs);
  }
  return { card, at };
}

const histories: Array<[string, Grade[], State, number]> = [
  ["new", [], State.New, 0],
  ["learning, step 0", [A], State.Learning, 0],
  ["learning, step 1", [G], State.Learning, 1],
  ["review", [G, G], State.Review, 0],
  ["review, after lapses", [G, G, A, G, G], State.Review, 0],
  ["relearning", [G, G, G, A], State.Relearning, 0],
];

describe("undoReview", () => {
  describe.each([
    ["on time", 0],
    ["3 h late", 3 * HOUR],
    ["4 days late", 96 * HOUR],
  ])("answered %s", (_when, lateMs) => {
    test.each(histories)("%s card: every grade rolls back exactly", (_name, grades, state, step) => {
      const { card, at } = walk(grades, lateMs);
      expect(card.state).toBe(state);
      expect(card.learning_steps).toBe(step);
      for (const grade of GRADES) {
        const graded = gradeCard(card, grade, at, DEFAULT_SETTINGS, "card-7", 1500);
        expect(undoReview(graded.card, graded.log, graded.previousDue)).toStrictEqual(card);
      }
    });
  });

  test("relearning steps too: learning_steps is restored mid-relearning", () => {
    const settings = { ...DEFAULT_SETTINGS, relearningSteps: "10m 1h 3h" };
    const { card, at } = walk([G, G, G, A, G], 0, settings);
    expect(card).toMatchObject({ state: State.Relearning, learning_steps: 1 });
    for (const grade of GRADES) {
      const graded = gradeCard(card, grade, at, settings, "card-7", 0);
      expect(undoReview(graded.card, graded.log, graded.previousDue)).toStrictEqual(card);
    }
  });

  test("a forgotten card (New, but with a last_review kept by ts-fsrs)", () => {
    const reviewed = walk([G, G, G], 0).card;
    const forgotten = forgetCard(reviewed, new Date("2024-04-01T10:00:00Z")).card;
    expect(forgotten.state).toBe(State.New);
    expect(forgotten.last_review).toBeDefined();
    for (const grade of GRADES) {
      const graded = gradeCard(forgotten, grade, new Date("2024-04-02T08:00:00Z"), DEFAULT_SETTINGS, "card-7", 0);
      expect(undoReview(graded.card, graded.log, graded.previousDue)).toStrictEqual(forgotten);
    }
  });

  test("random histories, delays and grades (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...GRADES), { maxLength: 10 }),
        fc.integer({ min: 0, max: 60 * 24 * 40 }),
        fc.constantFrom(...GRADES),
        (grades, lateMinutes, grade) => {
          const { card, at } = walk(grades, lateMinutes * 60_000);
          const graded = gradeCard(card, grade, at, DEFAULT_SETTINGS, "card-7", 0);
          expect(undoReview(graded.card, graded.log, graded.previousDue)).toStrictEqual(card);
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });

  test("undo twice walks back two reviews", () => {
    const { card: first, at } = walk([G], 3 * HOUR);
    const second = gradeCard(first, G, at, DEFAULT_SETTINGS, "card-7", 0);
    const third = gradeCard(second.card, A, new Date(second.card.due.getTime() + HOUR), DEFAULT_SETTINGS, "card-7", 0);
    const back1 = undoReview(third.card, third.log, third.previousDue);
    expect(back1).toStrictEqual(second.card);
    expect(undoReview(back1, second.log, second.previousDue)).toStrictEqual(first);
  });

  test("without previousDue, everything but due is restored and due is the review time (ts-fsrs behaviour)", () => {
    const { card, at } = walk([G, G], 5 * HOUR);
    const graded = gradeCard(card, G, at, DEFAULT_SETTINGS, "card-7", 0);
    const restored = undoReview(graded.card, graded.log);
    expect({ ...restored, due: card.due }).toStrictEqual(card);
    expect(restored.due).toEqual(at);
  });

  test("a Rating.Manual (forget) log cannot be undone", () => {
    const { card } = walk([G, G], 0);
    const forgotten = forgetCard(card, NOW);
    expect(() => undoReview(forgotten.card, forgotten.log, card.due)).toThrow(SchedulingError);
  });
});
