import { formatCsvRow } from "./format-csv-row";

/** The columns the FSRS optimizer tools read, in their order. */
export const REVIEW_HISTORY_HEADER = ["card_id", "review_time", "review_rating", "review_state", "review_duration"] as const;

/** One review as stored: rating 1–4 (ts-fsrs Rating), state before the review (ts-fsrs State 0–3). */
export type ReviewHistoryRow = { cardId: string; review: Date; rating: number; state: number; durationMs: number };

/**
 * Review log rows as CSV records in the FSRS optimizer's columns: the card, the review time in epoch
 * milliseconds, the rating (1 Again, 2 Hard, 3 Good, 4 Easy), the card's state before the review (0 New,
 * 1 Learning, 2 Review, 3 Relearning) and the answer time in milliseconds. Pass `header` for the first page.
 *
 * @example
 * formatReviewHistory([{ cardId: "c1", review: new Date(0), rating: 3, state: 0, durationMs: 4200 }], true)
 * // "card_id,review_time,review_rating,review_state,review_duration\r\nc1,0,3,0,4200\r\n"
 */
export function formatReviewHistory(rows: readonly ReviewHistoryRow[], header: boolean): string {
  const records = rows.map((r) => formatCsvRow([r.cardId, r.review.getTime(), r.rating, r.state, Math.max(0, Math.round(r.durationMs))]));
  return (header ? formatCsvRow(REVIEW_HISTORY_HEADER) : "") + records.join("");
}
