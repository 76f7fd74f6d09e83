import "server-only";

import { formatReviewHistory } from "@/lib/export/format-review-history";
import { db } from "@/server/db";

/** Rows read per query: a page of CSV is about 300 KB, whatever the size of the whole history. */
export const REVIEW_HISTORY_PAGE = 5_000;

/**
 * A reader's review history as a CSV byte stream in the FSRS optimizer's columns, oldest review first.
 * Only this reader's graded reviews (ratings 1–4). It reads one page of rows at a time, by keyset on
 * (review time, id), and only when the consumer asks for more, so a history of any length is sent in
 * constant memory and a download that stops early stops the reading.
 */
export function streamReviewHistory(userId: string, pageSize = REVIEW_HISTORY_PAGE): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: { review: Date; id: string } | null = null;
  let first = true;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const rows = await db.reviewLog.findMany({
          where: {
            userId,
            rating: { gte: 1, lte: 4 },
            // "review >= t, but not (review = t and id <= last)": a range the (userId, review) index serves, where
            // the equivalent OR of two cases made SQLite scan the reader's history from the start on every page.
            ...(after ? { review: { gte: after.review }, NOT: { review: after.review, id: { lte: after.id } } } : {}),
          },
          orderBy: [{ review: "asc" }, { id: "asc" }],
          take: pageSize,
          select: { id: true, cardId: true, review: true, rating: true, state: true, durationMs: true },
        });
        const text = formatReviewHistory(rows, first);
        first = false;
        if (text) controller.enqueue(encoder.encode(text));
        const last = rows.at(-1);
        if (rows.length < pageSize || !last) controller.close();
        else after = { review: last.review, id: last.id };
      },
    },
    { highWaterMark: 0 },
  );
}
