import { expect, test } from "vitest";
import { formatReviewHistory } from "./format-review-history";

test.each<[string, Parameters<typeof formatReviewHistory>[0], boolean, string]>([
  ["the header on the first page", [], true, "card_id,review_time,review_rating,review_state,review_duration\r\n"],
  ["no header on later pages", [], false, ""],
  [
    "times in epoch milliseconds, ratings and states as numbers, durations in whole milliseconds",
    [
      { cardId: "c1", review: new Date("2024-03-01T12:00:00.123Z"), rating: 3, state: 0, durationMs: 4200 },
      { cardId: "c1", review: new Date("2024-03-01T12:10:00Z"), rating: 1, state: 1, durationMs: 999.6 },
      { cardId: "c2", review: new Date("2024-03-05T08:00:00Z"), rating: 4, state: 2, durationMs: -5 },
      { cardId: "c2", review: new Date("2024-03-06T08:00:00Z"), rating: 2, state: 3, durationMs: 0 },
    ],
    false,
    "c1,1709294400123,3,0,4200\r\nc1,1709295000000,1,1,1000\r\nc2,1709625600000,4,2,0\r\nc2,1709712000000,2,3,0\r\n",
  ],
])("review history: %s", (_name, rows, header, csv) => {
  expect(formatReviewHistory(rows, header)).toBe(csv);
});
