import { createEmptyCard, type Card, type Grade } from "ts-fsrs";
import { gradeCard } from "./grade-card";
import type { TSchedulerSettings } from "./create-scheduler";

/** One graded review as its log keeps it: the grade, when it was given, and the card's due date before it. */
export type TReplayEntry = { rating: Grade; review: Date; due: Date; durationMs: number };

/**
 * The card a review log leads to: a new card (due when the first review's log says it was) graded with
 * each entry in turn, oldest first, by the same `gradeCard` the app grades with (same settings, same
 * fuzz seed: the card state's id). A card state that disagrees with the replay of its own log was written
 * by something other than its grades (a lost or doubled write, or an undo that restored the wrong card).
 *
 * @example
 * replayReviewLog([{ rating: Rating.Good, review: now, due: now, durationMs: 3000 }], settings, "state-1");
 * // → the card gradeCard(createEmptyCard(now), Rating.Good, now, settings, "state-1", 3000) returns
 */
export function replayReviewLog(entries: readonly TReplayEntry[], settings: TSchedulerSettings, stateId: string, enrolledAt: Date): Card {
  let card = createEmptyCard(entries[0]?.due ?? enrolledAt);
  for (const e of entries) card = gradeCard(card, e.rating, e.review, settings, stateId, e.durationMs).card;
  return card;
}

const FIELDS = ["due", "stability", "difficulty", "elapsed_days", "scheduled_days", "learning_steps", "reps", "lapses", "state", "last_review"] as const;

/**
 * The scheduling fields on which two cards differ (none: the same card). Dates compare to the millisecond;
 * numbers within 1e-9, since a database may round a double's last bit. A new card's `due` is not
 * compared: it is the enrolment time, which no review log records when the card was never graded.
 */
export function diffCards(stored: Card, replayed: Card): string[] {
  const value = (v: unknown) => (v instanceof Date ? v.getTime() : v ?? null);
  return FIELDS.filter((f) => {
    if (f === "due" && stored.reps === 0 && replayed.reps === 0) return false;
    const a = value(stored[f]);
    const b = value(replayed[f]);
    return typeof a === "number" && typeof b === "number" ? Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a)) : a !== b;
  });
}
