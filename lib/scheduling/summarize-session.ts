import { Rating, State, type ReviewLog } from "ts-fsrs";

/** A stored review: the ts-fsrs log fields that matter here plus the time spent answering. */
export type TSessionReview = Pick<ReviewLog, "rating" | "state"> & { durationMs: number };

export type TSessionSummary = {
  /** Answers given (Rating.Manual logs from forgetCard are not answers and are skipped). */
  reviewed: number;
  byGrade: { again: number; hard: number; good: number; easy: number };
  /** again / reviewed, 0–1; 0 for an empty session. */
  againRate: number;
  totalMs: number;
  /** totalMs / reviewed, rounded; 0 for an empty session. */
  averageMs: number;
  /** Answers by the card's state before the answer: `newCards` is how many new cards were introduced. */
  newCards: number;
  learningAnswers: number;
  reviewAnswers: number;
};

/**
 * Sums up a study session (or a whole study day) from its review logs. Also gives the counts that
 * `buildQueue` needs as `doneToday`: `{ newCards: s.newCards, reviews: s.reviewAnswers }`.
 *
 * @example
 * summarizeSession([
 *   { rating: Rating.Again, state: State.New, durationMs: 4000 },
 *   { rating: Rating.Good, state: State.Learning, durationMs: 2000 },
 * ]); // { reviewed: 2, againRate: 0.5, totalMs: 6000, averageMs: 3000, newCards: 1, ... }
 */
export function summarizeSession(reviews: readonly TSessionReview[]): TSessionSummary {
  const byGrade = { again: 0, hard: 0, good: 0, easy: 0 };
  let reviewed = 0;
  let totalMs = 0;
  let newCards = 0;
  let learningAnswers = 0;
  let reviewAnswers = 0;
  for (const review of reviews) {
    if (review.rating === Rating.Manual) continue;
    reviewed += 1;
    totalMs += Number.isFinite(review.durationMs) ? Math.max(0, review.durationMs) : 0;
    if (review.rating === Rating.Again) byGrade.again += 1;
    else if (review.rating === Rating.Hard) byGrade.hard += 1;
    else if (review.rating === Rating.Good) byGrade.good += 1;
    else if (review.rating === Rating.Easy) byGrade.easy += 1;
    if (review.state === State.New) newCards += 1;
    else if (review.state === State.Review) reviewAnswers += 1;
    else learningAnswers += 1;
  }
  return {
    reviewed,
    byGrade,
    againRate: reviewed === 0 ? 0 : byGrade.again / reviewed,
    totalMs,
    averageMs: reviewed === 0 ? 0 : Math.round(totalMs / reviewed),
    newCards,
    learningAnswers,
    reviewAnswers,
  };
}
