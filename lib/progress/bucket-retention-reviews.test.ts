import { Rating, State } from "ts-fsrs";
import { describe, expect, test } from "vitest";
import { bucketRetentionReviews } from "./bucket-retention-reviews";
import { computeTrueRetention } from "./compute-true-retention";

const at = (iso: string) => new Date(iso);

describe("bucketRetentionReviews", () => {
  test("keeps Review-state answers only and splits them at a 21-day interval", () => {
    const buckets = bucketRetentionReviews(
      [
        { review: at("2024-03-10T12:00:00Z"), rating: Rating.Good, state: State.Review, scheduledDays: 21 },
        { review: at("2024-03-10T12:01:00Z"), rating: Rating.Again, state: State.Review, scheduledDays: 20 },
        { review: at("2024-03-10T12:02:00Z"), rating: Rating.Hard, state: State.Review, scheduledDays: 5 },
        { review: at("2024-03-10T12:03:00Z"), rating: Rating.Easy, state: State.Review, scheduledDays: 100 },
        { review: at("2024-03-10T12:04:00Z"), rating: Rating.Again, state: State.Learning, scheduledDays: 0 },
        { review: at("2024-03-10T12:05:00Z"), rating: Rating.Good, state: State.Relearning, scheduledDays: 0 },
        { review: at("2024-03-10T12:06:00Z"), rating: Rating.Good, state: State.New, scheduledDays: 0 },
        { review: at("2024-03-10T12:07:00Z"), rating: Rating.Manual, state: State.Review, scheduledDays: 40 },
      ],
      "UTC",
      4,
    );
    expect(buckets).toEqual([
      { dayKey: "2024-03-10", mature: false, passed: 1, failed: 1 },
      { dayKey: "2024-03-10", mature: true, passed: 2, failed: 0 },
    ]);
  });

  test.each([
    // zone, hour, expected today / yesterday "all" passed+failed when today is 2024-03-10
    ["America/New_York", 4, 1, 1], // 07:30Z is 03:30 EDT: yesterday's study day
    ["America/New_York", 0, 2, 0],
    ["Asia/Kolkata", 4, 2, 0],
    ["UTC", 4, 2, 0],
  ])("%s, day start %i h: today %i, yesterday %i", (zone, hour, today, yesterday) => {
    const reviews = [
      { review: at("2024-03-10T07:30:00Z"), rating: Rating.Good, state: State.Review, scheduledDays: 30 },
      { review: at("2024-03-10T15:00:00Z"), rating: Rating.Again, state: State.Review, scheduledDays: 3 },
    ];
    const { rows } = computeTrueRetention(bucketRetentionReviews(reviews, zone, hour), "2024-03-10");
    const total = (i: number) => rows[i].all.passed + rows[i].all.failed;
    expect([total(0), total(1)]).toEqual([today, yesterday]);
  });

  test("no reviews, no buckets", () => {
    expect(bucketRetentionReviews([], "UTC", 4)).toEqual([]);
  });
});
