import { describe, expect, test } from "vitest";
import * as progress from "./index";

describe("lib/progress index", () => {
  test.each([
    "addDays", "buildDistribution", "buildFutureDue", "buildHeatmap", "bucketRetentionReviews", "classifyReview",
    "computeStreaks", "computeTrueRetention", "countByDayKey", "countCardStates", "countDaysBetween",
    "estimateTotalKnowledge", "formatCount", "formatDayKey", "formatDuration", "formatNumber", "formatPercent",
    "getHeatmapRange", "getWeekday", "listDayKeys", "parseDayKey", "summarizeAnswerButtons", "summarizeArticles",
    "summarizeQuizScores", "summarizeReviewTime", "toDayKey",
  ])("exports %s", (name) => {
    expect(typeof (progress as Record<string, unknown>)[name]).toBe("function");
  });

  test("exports the constants", () => {
    expect(progress).toMatchObject({
      FUTURE_DUE_DEFAULT_DAYS: 30,
      HEATMAP_DAYS: 365,
      HEATMAP_WEEKS: 53,
      MATURE_INTERVAL_DAYS: 21,
      MASTERED_STABILITY_DAYS: 21,
      REVIEW_TIME_DEFAULT_DAYS: 30,
      PERCENT_SPACE: "\u202F",
    });
    expect(progress.STABILITY_BINS).toHaveLength(7);
    expect(progress.DIFFICULTY_BINS).toHaveLength(9);
    expect(progress.RETRIEVABILITY_BINS).toHaveLength(10);
  });
});
