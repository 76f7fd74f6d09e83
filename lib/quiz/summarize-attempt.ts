import { describeExpected } from "./describe-expected";
import type { GradeResult, QuizFormat, QuizQuestion } from "./types";

export interface AttemptAnswer {
  questionId: string;
  result: GradeResult;
  answeredAt: Date;
  /** "Override: I was right". Honoured for typed questions only, where judging is fuzzy. */
  overridden?: boolean;
}

export interface SummarizeAttemptInput {
  questions: readonly QuizQuestion[];
  answers: readonly AttemptAnswer[];
  startedAt: Date;
  now: Date;
}

export type AttemptItemStatus = "missed" | "unanswered" | "partial" | "correct";

export interface AttemptItem {
  questionId: string;
  format: QuizFormat;
  /** What was asked: the prompt, the true/false statement, or the matching instruction. */
  prompt: string;
  status: AttemptItemStatus;
  /** 0..1; partial for matching, 1 for an honoured override. */
  score: number;
  overridden: boolean;
  expected: string;
  answer: string | null;
  sourceSentence: string | null;
  /** Time since the previous answer (or the start); null when unanswered. */
  timeMs: number | null;
}

export interface AttemptSummary {
  total: number;
  answered: number;
  correctCount: number;
  /** Sum of item scores (matching counts its share of right pairs). */
  points: number;
  /** 0..100, rounded. */
  percent: number;
  /** From the start to the last answer when finished, otherwise to `now`; never negative. */
  durationMs: number;
  finished: boolean;
  /** Missed first, then unanswered, then partly right, then right; quiz order within each. */
  items: AttemptItem[];
  byFormat: Record<QuizFormat, { total: number; correct: number }>;
}

const STATUS_ORDER: Record<AttemptItemStatus, number> = { missed: 0, unanswered: 1, partial: 2, correct: 3 };

function promptOf(question: QuizQuestion): string {
  if (question.format === "true_false") return question.statement;
  if (question.format === "matching") return question.instruction;
  return question.prompt;
}

/**
 * Scores an attempt for the results screen: score, time, and the questions with the missed ones
 * first. The first answer to a question counts; answers to unknown questions are ignored.
 *
 * @example
 * summarizeAttempt({ questions, answers, startedAt, now }).percent // 80
 */
export function summarizeAttempt(input: SummarizeAttemptInput): AttemptSummary {
  const { questions, startedAt, now } = input;
  const known = new Set(questions.map((q) => q.id));
  const firstAnswers = new Map<string, AttemptAnswer>();
  for (const answer of input.answers) {
    if (known.has(answer.questionId) && !firstAnswers.has(answer.questionId)) firstAnswers.set(answer.questionId, answer);
  }

  const chronological = [...firstAnswers.values()].sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime());
  const timeById = new Map<string, number>();
  let previous = startedAt.getTime();
  for (const answer of chronological) {
    timeById.set(answer.questionId, Math.max(0, answer.answeredAt.getTime() - previous));
    previous = answer.answeredAt.getTime();
  }

  const byFormat: AttemptSummary["byFormat"] = {
    multiple_choice: { total: 0, correct: 0 },
    true_false: { total: 0, correct: 0 },
    typed: { total: 0, correct: 0 },
    matching: { total: 0, correct: 0 },
  };

  const items = questions.map((question): AttemptItem => {
    const answer = firstAnswers.get(question.id);
    const overridden = Boolean(answer?.overridden) && question.format === "typed" && !answer?.result.correct;
    const rawScore = answer ? Math.min(1, Math.max(0, Number.isFinite(answer.result.score) ? answer.result.score : 0)) : 0;
    const score = overridden ? 1 : rawScore;
    const status: AttemptItemStatus = !answer ? "unanswered" : score >= 1 ? "correct" : score > 0 ? "partial" : "missed";
    byFormat[question.format].total += 1;
    if (status === "correct") byFormat[question.format].correct += 1;
    return {
      questionId: question.id,
      format: question.format,
      prompt: promptOf(question),
      status,
      score,
      overridden,
      expected: answer?.result.expected ?? describeExpected(question),
      answer: question.format === "matching" ? null : question.answer,
      sourceSentence: question.format === "matching" ? null : question.sourceSentence,
      timeMs: answer ? (timeById.get(question.id) ?? null) : null,
    };
  });

  const answered = firstAnswers.size;
  const finished = questions.length > 0 && answered === questions.length;
  const end = finished ? previous : now.getTime();
  const points = items.reduce((sum, item) => sum + item.score, 0);
  return {
    total: questions.length,
    answered,
    correctCount: items.filter((item) => item.status === "correct").length,
    points,
    percent: questions.length === 0 ? 0 : Math.round((points / questions.length) * 100),
    durationMs: Math.max(0, end - startedAt.getTime()),
    finished,
    // Array.prototype.sort is stable, so quiz order holds within each status.
    items: [...items].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]),
    byFormat,
  };
}
