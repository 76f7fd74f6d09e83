import { assertValidDate } from "../scheduling/assert-valid-date";

/**
 * A quiz attempt: `SELECT id, "startedAt", "finishedAt", total, correct FROM "QuizAttempt" WHERE "userId" = $1`.
 * An attempt with `finishedAt: null` (still open or abandoned) is skipped; omit the field when the
 * query already keeps finished attempts only.
 */
export type TQuizAttemptScore = {
  id?: string;
  startedAt: Date;
  finishedAt?: Date | null;
  total: number;
  correct: number;
};

export type TQuizScorePoint = {
  /** The attempt's id when given, for linking to its results. */
  id?: string;
  startedAt: Date;
  correct: number;
  total: number;
  /** correct / total, 0–1. */
  score: number;
};

export type TQuizScores = {
  /** Scored attempts, oldest first: the line chart. */
  points: TQuizScorePoint[];
  /** Highest score, 0–1; null without attempts. */
  best: number | null;
  /** Mean of the attempts' scores (each quiz weighs the same), 0–1; null without attempts. */
  average: number | null;
  /** The most recent attempt's score; null without attempts. */
  latest: number | null;
  /** latest − the attempt before it, in score points (−1…1); null with fewer than two attempts. */
  change: number | null;
  isEmpty: boolean;
};

/**
 * Quiz results over time for the progress page. Attempts without questions (total ≤ 0) and
 * unfinished ones are skipped; `correct` is clamped to 0…total.
 *
 * @throws SchedulingError INVALID_DATE for an invalid `startedAt`.
 *
 * @example
 * summarizeQuizScores([
 *   { startedAt: new Date("2024-03-01T10:00:00Z"), total: 10, correct: 6 },
 *   { startedAt: new Date("2024-03-08T10:00:00Z"), total: 10, correct: 9 },
 * ]); // { best: 0.9, average: 0.75, latest: 0.9, change: 0.3, points: [...2], isEmpty: false }
 */
export function summarizeQuizScores(attempts: Iterable<TQuizAttemptScore>): TQuizScores {
  const points: TQuizScorePoint[] = [];
  for (const attempt of attempts) {
    assertValidDate(attempt.startedAt, "startedAt");
    if (attempt.finishedAt === null) continue;
    if (!Number.isFinite(attempt.total) || attempt.total <= 0 || !Number.isFinite(attempt.correct)) continue;
    const correct = Math.min(attempt.total, Math.max(0, attempt.correct));
    const point: TQuizScorePoint = { startedAt: attempt.startedAt, correct, total: attempt.total, score: correct / attempt.total };
    if (attempt.id !== undefined) point.id = attempt.id;
    points.push(point);
  }
  // Stable sort: attempts started in the same millisecond keep their input order.
  points.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());

  const n = points.length;
  const latest = n === 0 ? null : points[n - 1].score;
  return {
    points,
    best: n === 0 ? null : points.reduce((max, p) => Math.max(max, p.score), 0),
    average: n === 0 ? null : points.reduce((sum, p) => sum + p.score, 0) / n,
    latest,
    change: n < 2 ? null : points[n - 1].score - points[n - 2].score,
    isEmpty: n === 0,
  };
}
