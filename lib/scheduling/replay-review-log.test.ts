import { createEmptyCard, Rating, type Card, type Grade } from "ts-fsrs";
import { describe, expect, test } from "vitest";
import { DEFAULT_SETTINGS } from "../validations/settings";
import { gradeCard } from "./grade-card";
import { diffCards, replayReviewLog, type TReplayEntry } from "./replay-review-log";
import { undoReview } from "./undo-review";

const START = new Date("2024-03-10T06:30:00Z");
const MIN = 60_000;
const DAY = 86_400_000;
const SETTINGS = { ...DEFAULT_SETTINGS, enableFuzz: true };

/** Grades a card as the app does and keeps the log the database would: returns the card and its entries. */
function study(grades: [Grade, number][], stateId = "state-1"): { card: Card; entries: TReplayEntry[] } {
  let card = createEmptyCard(START);
  const entries: TReplayEntry[] = [];
  for (const [rating, atMs] of grades) {
    const review = new Date(START.getTime() + atMs);
    const r = gradeCard(card, rating, review, SETTINGS, stateId, 2500);
    entries.push({ rating, review, due: r.previousDue, durationMs: r.durationMs });
    card = r.card;
  }
  return { card, entries };
}

const HISTORY: [Grade, number][] = [
  [Rating.Good, 0],
  [Rating.Again, 2 * MIN],
  [Rating.Good, 4 * MIN],
  [Rating.Good, 15 * MIN],
  [Rating.Hard, 3 * DAY],
  [Rating.Easy, 12 * DAY],
];

describe("replayReviewLog", () => {
  test("the replay of a card's log is the card, field for field (fuzz on, seeded by the state id)", () => {
    const { card, entries } = study(HISTORY);
    expect(diffCards(card, replayReviewLog(entries, SETTINGS, "state-1", START))).toEqual([]);
  });

  test("a card never graded replays to a new card", () => {
    expect(diffCards(createEmptyCard(START), replayReviewLog([], SETTINGS, "state-1", new Date(START.getTime() + DAY)))).toEqual([]);
  });

  test.each([
    ["a grade stored in the state but lost from the log", (e: TReplayEntry[]) => e.slice(0, -1)],
    ["a grade logged twice", (e: TReplayEntry[]) => [...e, e[e.length - 1]]],
    ["another grade in the log than the state took", (e: TReplayEntry[]) => [...e.slice(0, -1), { ...e[e.length - 1], rating: Rating.Good as Grade }]],
  ])("%s is found", (_name, tamper) => {
    const { card, entries } = study(HISTORY);
    expect(diffCards(card, replayReviewLog(tamper(entries), SETTINGS, "state-1", START)).length).toBeGreaterThan(0);
  });

  test("another reader's settings (or another fuzz seed) replay to another card", () => {
    const { card, entries } = study(HISTORY);
    expect(diffCards(card, replayReviewLog(entries, { ...SETTINGS, desiredRetention: 0.8 }, "state-1", START))).toContain("scheduled_days");
    expect(diffCards(card, replayReviewLog(entries, SETTINGS, "state-2", START))).toContain("due");
  });

  test("an undo that restores the card and drops its log entry keeps them in step", () => {
    const { entries } = study(HISTORY.slice(0, 5));
    const last = study(HISTORY);
    const lastEntry = last.entries[last.entries.length - 1];
    const restored = undoReview(last.card, { ...gradeCard(study(HISTORY.slice(0, 5)).card, Rating.Easy, lastEntry.review, SETTINGS, "state-1", 2500).log }, lastEntry.due);
    expect(diffCards(restored, replayReviewLog(entries, SETTINGS, "state-1", START))).toEqual([]);
  });
});
