/**
 * The progress domain: shapes the small results of the Progress page's aggregate queries into chart
 * data and summaries. Pure: `now`, `todayKey`, the time zone and the day start hour are parameters.
 * Shares are 0–1 everywhere (format with `formatPercent`); a ratio with nothing to divide is null,
 * never NaN; every summary has `isEmpty` for the page's empty state.
 */
export { addDays } from "./add-days";
export { buildDistribution } from "./build-distribution";
export type { TDistribution, TDistributionBin } from "./build-distribution";
export { buildFutureDue, FUTURE_DUE_DEFAULT_DAYS } from "./build-future-due";
export type { TFutureDue, TFutureDueDay } from "./build-future-due";
export { buildHeatmap } from "./build-heatmap";
export type { THeatmap, THeatmapCell, THeatmapLevel } from "./build-heatmap";
export { bucketRetentionReviews } from "./bucket-retention-reviews";
export type { TRetentionReview } from "./bucket-retention-reviews";
export { classifyReview, MATURE_INTERVAL_DAYS } from "./classify-review";
export type { TReviewKind } from "./classify-review";
export { computeStreaks } from "./compute-streaks";
export type { TStreaks } from "./compute-streaks";
export { computeTrueRetention } from "./compute-true-retention";
export type {
  TRetentionBucket,
  TRetentionCell,
  TRetentionPeriod,
  TRetentionRow,
  TTrueRetention,
} from "./compute-true-retention";
export { countByDayKey } from "./count-by-day-key";
export type { TDayCount } from "./count-by-day-key";
export { countCardStates } from "./count-card-states";
export type { TCardStateCount, TCardStateCounts } from "./count-card-states";
export { countDaysBetween } from "./count-days-between";
export { DIFFICULTY_BINS, RETRIEVABILITY_BINS, STABILITY_BINS } from "./distribution-bins";
export { estimateTotalKnowledge } from "./estimate-total-knowledge";
export { summarizeRetrievabilities } from "./summarize-retrievabilities";
export type { TTotalKnowledge } from "./estimate-total-knowledge";
export { formatCount } from "./format-count";
export { formatDayKey } from "./format-day-key";
export { formatDuration } from "./format-duration";
export { formatNumber } from "./format-number";
export { formatPercent, PERCENT_SPACE } from "./format-percent";
export { getHeatmapRange, HEATMAP_DAYS, HEATMAP_WEEKS } from "./get-heatmap-range";
export type { THeatmapRange } from "./get-heatmap-range";
export { getWeekday } from "./get-weekday";
export { listDayKeys } from "./list-day-keys";
export { parseDayKey } from "./parse-day-key";
export { ProgressError, ProgressErrorCode } from "./progress-error";
export type { TProgressErrorCode } from "./progress-error";
export { summarizeAnswerButtons } from "./summarize-answer-buttons";
export type { TAnswerButtonCount, TAnswerButtonGroup, TAnswerButtons } from "./summarize-answer-buttons";
export { summarizeArticles, MASTERED_STABILITY_DAYS } from "./summarize-articles";
export type { TArticleProgress, TArticleProgressRow, TArticlesProgress } from "./summarize-articles";
export { summarizeQuizScores } from "./summarize-quiz-scores";
export type { TQuizAttemptScore, TQuizScorePoint, TQuizScores } from "./summarize-quiz-scores";
export { REVIEW_TIME_DEFAULT_DAYS, summarizeReviewTime } from "./summarize-review-time";
export type { TReviewTime, TReviewTimeDay } from "./summarize-review-time";
export { toDayKey } from "./to-day-key";
export { getOffsetSeconds, listOffsetIntervals } from "./list-offset-intervals";
export type { TOffsetInterval } from "./list-offset-intervals";
