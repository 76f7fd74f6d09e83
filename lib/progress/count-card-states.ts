import { State } from "ts-fsrs";
import { assertCount } from "./assert-count";
import { ProgressError, ProgressErrorCode } from "./progress-error";

/** SQL: `SELECT state, suspended, COUNT(*) AS count FROM "CardState" WHERE "userId" = $1 GROUP BY 1, 2`. */
export type TCardStateCount = { state: number; suspended: boolean; count: number };

export type TCardStateCounts = {
  new: number;
  learning: number;
  review: number;
  relearning: number;
  /** Suspended cards of any state; not counted again under their state. */
  suspended: number;
  /** Every card: new + learning + review + relearning + suspended. */
  total: number;
  /** No cards at all: invite the reader to add an article. */
  isEmpty: boolean;
};

/**
 * Cards by state for the "card counts" chart. Suspended cards are one slice of their own, as in
 * Anki, so the slices add up to `total`.
 *
 * @throws ProgressError for a state other than 0–3 or a bad count.
 *
 * @example
 * countCardStates([
 *   { state: State.New, suspended: false, count: 20 },
 *   { state: State.Review, suspended: true, count: 2 },
 * ]); // { new: 20, learning: 0, review: 0, relearning: 0, suspended: 2, total: 22, isEmpty: false }
 */
export function countCardStates(rows: readonly TCardStateCount[]): TCardStateCounts {
  const counts = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0 };
  for (const row of rows) {
    const count = assertCount(row.count, `count of state ${row.state}`);
    if (![State.New, State.Learning, State.Review, State.Relearning].includes(row.state)) {
      throw new ProgressError(ProgressErrorCode.INVALID_ARGUMENT, `Unknown card state ${row.state}`);
    }
    if (row.suspended) counts.suspended += count;
    else if (row.state === State.New) counts.new += count;
    else if (row.state === State.Learning) counts.learning += count;
    else if (row.state === State.Review) counts.review += count;
    else counts.relearning += count;
  }
  const total = counts.new + counts.learning + counts.review + counts.relearning + counts.suspended;
  return { ...counts, total, isEmpty: total === 0 };
}
