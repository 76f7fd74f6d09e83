import { Rating } from "ts-fsrs";
import { assertCount } from "./assert-count";
import type { TReviewKind } from "./classify-review";
import { ProgressError, ProgressErrorCode } from "./progress-error";

/**
 * Answers per kind and rating. SQL: `SELECT <classifyReview's CASE> AS kind, rating, COUNT(*) AS count
 * FROM "ReviewLog" WHERE "userId" = $1 AND rating BETWEEN 1 AND 4 [AND review >= $since] GROUP BY 1, 2`.
 */
export type TAnswerButtonCount = { kind: TReviewKind; rating: number; count: number };

type TButtons<T> = { again: T; hard: T; good: T; easy: T };

export type TAnswerButtonGroup = {
  counts: TButtons<number>;
  /** Each button's share of `total`, 0–1; all null when total is 0. */
  shares: TButtons<number | null>;
  total: number;
  /** Answers other than Again. */
  correct: number;
  /** correct / total, 0–1 (Anki's "correct"); null when total is 0. */
  correctShare: number | null;
};

export type TAnswerButtons = {
  learning: TAnswerButtonGroup;
  young: TAnswerButtonGroup;
  mature: TAnswerButtonGroup;
  /** All three kinds together. */
  all: TAnswerButtonGroup;
  isEmpty: boolean;
};

const KEY = { [Rating.Again]: "again", [Rating.Hard]: "hard", [Rating.Good]: "good", [Rating.Easy]: "easy" } as const;

function group(counts: TButtons<number>): TAnswerButtonGroup {
  const total = counts.again + counts.hard + counts.good + counts.easy;
  const share = (n: number) => (total === 0 ? null : n / total);
  const correct = total - counts.again;
  return {
    counts,
    shares: { again: share(counts.again), hard: share(counts.hard), good: share(counts.good), easy: share(counts.easy) },
    total,
    correct,
    correctShare: share(correct),
  };
}

/**
 * Anki's "Answer buttons" chart: for learning, young and mature cards (see `classifyReview`), how
 * often each button was pressed and the share answered correctly (anything but Again). Rows with
 * rating 0 (Manual: a reset, not an answer) are skipped.
 *
 * @throws ProgressError for an unknown kind, a rating above 4 or a bad count.
 *
 * @example
 * summarizeAnswerButtons([
 *   { kind: "mature", rating: Rating.Again, count: 1 },
 *   { kind: "mature", rating: Rating.Good, count: 9 },
 * ]).mature; // { counts: { again: 1, hard: 0, good: 9, easy: 0 }, total: 10, correct: 9, correctShare: 0.9, shares: { again: 0.1, ... } }
 */
export function summarizeAnswerButtons(rows: readonly TAnswerButtonCount[]): TAnswerButtons {
  const zero = (): TButtons<number> => ({ again: 0, hard: 0, good: 0, easy: 0 });
  const byKind: Record<TReviewKind, TButtons<number>> = { learning: zero(), young: zero(), mature: zero() };
  for (const row of rows) {
    const count = assertCount(row.count, `count of ${row.kind}/${row.rating}`);
    if (!Object.hasOwn(byKind, row.kind)) throw new ProgressError(ProgressErrorCode.INVALID_ARGUMENT, `Unknown kind "${row.kind}"`);
    if (row.rating === Rating.Manual) continue;
    const key = KEY[row.rating as keyof typeof KEY];
    if (!key) throw new ProgressError(ProgressErrorCode.INVALID_ARGUMENT, `Unknown rating ${row.rating}`);
    byKind[row.kind][key] += count;
  }
  const { learning, young, mature } = byKind;
  const all = {
    again: learning.again + young.again + mature.again,
    hard: learning.hard + young.hard + mature.hard,
    good: learning.good + young.good + mature.good,
    easy: learning.easy + young.easy + mature.easy,
  };
  const summary = { learning: group(learning), young: group(young), mature: group(mature), all: group(all) };
  return { ...summary, isEmpty: summary.all.total === 0 };
}
