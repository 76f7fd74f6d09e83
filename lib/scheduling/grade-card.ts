import { Rating, type Card, type Grade, type ReviewLog } from "ts-fsrs";
import { assertReviewableAt } from "./assert-reviewable-at";
import { attachSeedCardId } from "./attach-seed-card-id";
import { createScheduler, type TSchedulerSettings } from "./create-scheduler";
import { SchedulingError, SchedulingErrorCode } from "./scheduling-error";
import { toPlainCard } from "./to-plain-card";

/** Anki's default "maximum answer seconds": longer answers are recorded as this long. */
export const MAX_ANSWER_MS = 60_000;

export type TGradeCardResult = {
  card: Card;
  log: ReviewLog;
  /**
   * The card's due date before this review. ts-fsrs's ReviewLog does not keep it (its `due` holds the
   * previous `last_review`), so store it with the log: `undoReview` needs it to restore `due` exactly.
   */
  previousDue: Date;
  /** Time spent answering, rounded and capped at MAX_ANSWER_MS, for the review log row. */
  durationMs: number;
};

function isGrade(value: unknown): value is Grade {
  return (
    value === Rating.Again || value === Rating.Hard || value === Rating.Good || value === Rating.Easy
  );
}

/**
 * Applies the user's answer to a card. Throws `SchedulingError` (INVALID_GRADE) for Rating.Manual or
 * anything other than Again/Hard/Good/Easy: manual changes go through `forgetCard`, never a review.
 *
 * @example
 * const { card, log } = gradeCard(createEmptyCard(now), Rating.Good, now, DEFAULT_SETTINGS, "card-1", 4200);
 * card.due; // now + 10 minutes (second learning step)
 */
export function gradeCard(
  card: Card,
  grade: Rating,
  now: Date,
  settings: TSchedulerSettings,
  cardId: string,
  durationMs: number,
): TGradeCardResult {
  if (!isGrade(grade)) {
    throw new SchedulingError(
      SchedulingErrorCode.INVALID_GRADE,
      grade === Rating.Manual
        ? "Rating.Manual cannot be used to grade a review"
        : `Grade must be Again, Hard, Good or Easy (1-4), got ${String(grade)}`,
    );
  }
  if (typeof durationMs !== "number" || !Number.isFinite(durationMs) || durationMs < 0) {
    throw new SchedulingError(SchedulingErrorCode.INVALID_DURATION, "durationMs must be a finite number >= 0");
  }
  assertReviewableAt(card, now);
  const scheduler = createScheduler(settings);
  const before = toPlainCard(card);
  const item = scheduler.next(attachSeedCardId(before, cardId), now, grade);
  return {
    card: toPlainCard(item.card),
    log: item.log,
    previousDue: before.due,
    durationMs: Math.min(Math.round(durationMs), MAX_ANSWER_MS),
  };
}
