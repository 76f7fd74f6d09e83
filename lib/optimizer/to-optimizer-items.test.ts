import { convertCsvToFsrsItems } from "@open-spaced-repetition/binding";
import { describe, expect, test } from "vitest";
import { getOffsetSeconds } from "../progress/list-offset-intervals";
import { NON_DEFAULT_WEIGHTS, simulateLearner } from "./simulate-learner";
import { toOptimizerItems } from "./to-optimizer-items";
import type { TOptimizerLog } from "./types";

const log = (cardId: string, iso: string, rating: number, state: number): TOptimizerLog => ({ cardId, review: new Date(iso), rating, state });
const shapes = (items: { reviews: { rating: number; deltaT: number }[] }[]) => items.map((i) => i.reviews.map((r) => `${r.rating}/${r.deltaT}`).join(" "));

describe("toOptimizerItems", () => {
  test.each([
    {
      name: "one item per review after the first, each with the history before it",
      logs: [log("a", "2024-01-01T10:00Z", 3, 0), log("a", "2024-01-03T10:00Z", 3, 2), log("a", "2024-01-10T10:00Z", 1, 2)],
      zone: "UTC",
      hour: 4,
      want: ["3/0 3/2", "3/0 3/2 1/7"],
    },
    {
      name: "manual entries (rating 0) are left out",
      logs: [log("a", "2024-01-01T10:00Z", 3, 0), log("a", "2024-01-02T10:00Z", 0, 2), log("a", "2024-01-03T10:00Z", 3, 2)],
      zone: "UTC",
      hour: 4,
      want: ["3/0 3/2"],
    },
    {
      name: "a reset card starts over from its last introduction",
      logs: [
        log("a", "2024-01-01T10:00Z", 3, 0),
        log("a", "2024-01-05T10:00Z", 3, 2),
        log("a", "2024-01-06T10:00Z", 0, 2),
        log("a", "2024-01-07T10:00Z", 4, 0),
        log("a", "2024-01-09T10:00Z", 3, 2),
      ],
      zone: "UTC",
      hour: 4,
      want: ["4/0 3/2"],
    },
    {
      name: "reviews before the day starts belong to the day before (02:00 with a 4 AM start)",
      logs: [log("a", "2024-01-01T10:00Z", 3, 0), log("a", "2024-01-02T02:00Z", 3, 2), log("a", "2024-01-03T05:00Z", 3, 2)],
      zone: "UTC",
      hour: 4,
      want: ["3/0 3/0 3/2"],
    },
    {
      name: "days are counted in the reader's time zone (23:30 UTC is the next morning in Tokyo)",
      logs: [log("a", "2024-01-01T01:00Z", 3, 0), log("a", "2024-01-01T23:30Z", 3, 2)],
      zone: "Asia/Tokyo",
      hour: 4,
      want: ["3/0 3/1"],
    },
    {
      name: "the same two reviews on one study day in New York give no item",
      logs: [log("a", "2024-01-01T12:00Z", 3, 0), log("a", "2024-01-02T03:00Z", 3, 2)],
      zone: "America/New_York",
      hour: 4,
      want: [],
    },
    {
      name: "a card whose history never starts with a new or learning review gives nothing",
      logs: [log("a", "2024-01-01T10:00Z", 3, 2), log("a", "2024-01-05T10:00Z", 3, 2)],
      zone: "UTC",
      hour: 4,
      want: [],
    },
  ])("$name", ({ logs, zone, hour, want }) => {
    expect(shapes(toOptimizerItems(logs, zone, hour))).toEqual(want);
  });

  test("items come sorted by the time of their last review, across cards and whatever the input order", () => {
    const logs = [
      log("b", "2024-01-02T10:00Z", 3, 0),
      log("a", "2024-01-01T10:00Z", 3, 0),
      log("b", "2024-01-04T10:00Z", 2, 2),
      log("a", "2024-01-03T10:00Z", 4, 2),
    ];
    const items = toOptimizerItems(logs, "UTC", 0);
    expect(items.map((i) => new Date(i.at).toISOString())).toEqual(["2024-01-03T10:00:00.000Z", "2024-01-04T10:00:00.000Z"]);
  });

  test("gives the same items as the optimizer's own CSV converter, in a time zone with daylight saving", () => {
    const logs = simulateLearner({ trueWeights: NON_DEFAULT_WEIGHTS, reviews: 3000, seed: 3, now: new Date("2024-06-01T12:00:00Z") });
    const csv = ["card_id,review_time,review_rating,review_state,review_duration"]
      .concat(logs.map((l) => `${l.cardId},${l.review.getTime()},${l.rating},${l.state},0`))
      .join("\n");
    const theirs = convertCsvToFsrsItems(Buffer.from(csv), 4, "America/New_York", (ms, zone) => getOffsetSeconds(zone, Math.floor(ms / 1000)) / 60);
    const ours = toOptimizerItems(logs, "America/New_York", 4);
    expect(ours.length).toBeGreaterThan(1000);
    expect(shapes(ours).sort()).toEqual(shapes(theirs).sort());
  });
});
