import fc from "fast-check";
import { createEmptyCard, Rating, State, type Card, type Grade } from "ts-fsrs";
import { describe, expect, test } from "vitest";
import { DEFAULT_SETTINGS, type TUserSettings } from "../validations/settings";
import { gradeCard } from "./grade-card";
import { previewCard } from "./preview-card";

const NOW = new Date("2024-03-10T06:30:00Z");
const MIN = 60_000;
const DAY = 86_400_000;

/** Grades a fresh card through `grades`, each answered `lateMs` after it fell due. */
function cardAfter(grades: Grade[], settings: TUserSettings = DEFAULT_SETTINGS, cardId = "seed", lateMs = 0): Card {
  let card = createEmptyCard(NOW);
  let at = NOW;
  for (const grade of grades) {
    card = gradeCard(card, grade, at, settings, cardId, 1000).card;
    at = new Date(card.due.getTime() + lateMs);
  }
  return card;
}

const G = Rating.Good;
const A = Rating.Again;

describe("previewCard", () => {
  test.each([
    ["new card, steps 1m 10m", [], DEFAULT_SETTINGS, ["1m", "6m", "10m"]],
    ["learning step 2", [G], DEFAULT_SETTINGS, ["1m", "6m"]],
    ["relearning", [G, G, G, A], DEFAULT_SETTINGS, ["10m", "15m"]],
    ["new card, steps 10m 1h", [], { ...DEFAULT_SETTINGS, learningSteps: "10m 1h" }, ["10m", "35m", "1h"]],
    ["new card, one step", [], { ...DEFAULT_SETTINGS, learningSteps: "5m" }, ["5m", "8m"]],
  ] as const)("%s: button labels %j", (_name, grades, settings, labels) => {
    const card = cardAfter([...grades], settings);
    const preview = previewCard(card, card.due, settings, "c-1");
    expect(preview.map((o) => o.label).slice(0, labels.length)).toEqual(labels);
    expect(preview.map((o) => o.grade)).toEqual([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]);
  });

  test("labels follow the interval: review card Good/Easy in days, months", () => {
    const card = cardAfter([G, G, G, G, G], { ...DEFAULT_SETTINGS, enableFuzz: false });
    const at = card.due;
    const preview = previewCard(card, at, { ...DEFAULT_SETTINGS, enableFuzz: false }, "c-1");
    for (const option of preview) {
      expect(option.intervalMs).toBe(option.due.getTime() - at.getTime());
      if (option.card.state === State.Review) {
        expect(option.intervalMs).toBe(option.card.scheduled_days * DAY);
      }
    }
    expect(preview[2].label).toMatch(/^\d+(\.\d)?(d|mo|y)$/);
  });

  test("the preview never leaks the seed field into cards", () => {
    const [again] = previewCard(createEmptyCard(NOW), NOW, DEFAULT_SETTINGS, "c-1");
    expect(Object.keys(again.card).sort()).toEqual(
      ["difficulty", "due", "elapsed_days", "lapses", "last_review", "learning_steps", "reps", "scheduled_days", "stability", "state"],
    );
  });

  describe("label on the button == interval saved (fuzz on)", () => {
    const states: Array<[string, Grade[]]> = [
      ["new", []],
      ["learning", [G]],
      ["review", [G, G, G]],
      ["long review", [G, G, G, G, G, G]],
      ["relearning", [G, G, G, A]],
    ];

    test.each(states)("%s card: each grade saves exactly the previewed card", (_name, grades) => {
      const card = cardAfter(grades, DEFAULT_SETTINGS, "card-42", 3 * 3_600_000);
      const shownAt = new Date(card.due.getTime() + 5 * MIN);
      const preview = previewCard(card, shownAt, DEFAULT_SETTINGS, "card-42");
      for (const option of preview) {
        const saved = gradeCard(card, option.grade, shownAt, DEFAULT_SETTINGS, "card-42", 5000);
        expect(saved.card).toStrictEqual(option.card);
        expect(saved.log).toStrictEqual(option.log);
      }
    });

    test.each(states)("%s card: answered 40 s after the preview, the saved interval has the same label", (_name, grades) => {
      const card = cardAfter(grades, DEFAULT_SETTINGS, "card-42", 3 * 3_600_000);
      const shownAt = new Date(card.due.getTime() + 5 * MIN);
      const answeredAt = new Date(shownAt.getTime() + 40_000);
      const preview = previewCard(card, shownAt, DEFAULT_SETTINGS, "card-42");
      for (const option of preview) {
        const saved = gradeCard(card, option.grade, answeredAt, DEFAULT_SETTINGS, "card-42", 5000).card;
        expect(saved.scheduled_days).toBe(option.card.scheduled_days);
        expect(saved.due.getTime() - answeredAt.getTime()).toBe(option.intervalMs);
        expect(saved.stability).toBe(option.card.stability);
      }
    });

    test("across many card ids and review histories (property)", () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 24 })),
          fc.array(fc.constantFrom<Grade>(Rating.Again, Rating.Hard, Rating.Good, Rating.Easy), { maxLength: 8 }),
          fc.integer({ min: 0, max: 30 * 24 * 60 }),
          (cardId, grades, lateMinutes) => {
            const card = cardAfter(grades, DEFAULT_SETTINGS, cardId, lateMinutes * MIN);
            const at = new Date(card.due.getTime() + lateMinutes * MIN);
            const preview = previewCard(card, at, DEFAULT_SETTINGS, cardId);
            for (const option of preview) {
              const saved = gradeCard(card, option.grade, at, DEFAULT_SETTINGS, cardId, 0);
              expect(saved.card).toStrictEqual(option.card);
            }
          },
        ),
        { numRuns: 300, seed: 20240310 },
      );
    });

    test("fuzz really is on and differs between card ids, yet is stable per id", () => {
      const card = cardAfter([G, G, G, G, G], { ...DEFAULT_SETTINGS, enableFuzz: false });
      const at = card.due;
      const goodDays = (id: string) => previewCard(card, at, DEFAULT_SETTINGS, id)[2].card.scheduled_days;
      const ids = Array.from({ length: 40 }, (_, i) => `card-${i}`);
      const days = ids.map(goodDays);
      expect(new Set(days).size).toBeGreaterThan(1);
      expect(ids.map(goodDays)).toEqual(days);
      const unfuzzed = previewCard(card, at, { ...DEFAULT_SETTINGS, enableFuzz: false }, "x")[2].card.scheduled_days;
      for (const d of days) expect(Math.abs(d - unfuzzed)).toBeLessThanOrEqual(Math.ceil(unfuzzed * 0.15) + 1);
    });
  });
});
