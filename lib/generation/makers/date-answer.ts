import type { AnswerType, DateMention, SentenceInfo } from "../types";
import { factIdOf, type CardFamily, type MadeCandidate } from "./types";

/** Scores a date family gives by granularity, and the factor for a date the article gave only as a weekday. */
export interface DateScores {
  day: number;
  month: number;
  year: number;
  time?: number;
  weekdayOnly: number;
}

/**
 * A card whose answer is a date mention: its answer type, aliases and score, shared by when-questions and date clozes.
 *
 * @example
 * dateCandidate(info, mention, "when-question", "question", prompt, WHEN_QUESTION_SCORES)?.answer // "September 16, 2023"
 */
export function dateCandidate(info: SentenceInfo, d: DateMention, family: CardFamily, kind: MadeCandidate["kind"], prompt: string, scores: DateScores): MadeCandidate | undefined {
  if (d.granularity === "vague") return undefined;
  const base = d.granularity === "time" ? scores.time : scores[d.granularity];
  if (base === undefined) return undefined;
  const type: AnswerType = d.granularity === "day" ? "date-day" : d.granularity === "month" ? "date-month" : d.granularity === "year" ? "date-year" : "time";
  const weekdayOnly = d.withWeekday && !/\d/.test(d.text);
  return {
    kind,
    prompt,
    answer: d.answer,
    aliases: d.aliases.filter((a) => a.toLowerCase() !== d.answer.toLowerCase()),
    answerType: type,
    factId: factIdOf(info, d.answer),
    family,
    score: base * (weekdayOnly ? scores.weekdayOnly : 1),
    answerSpan: d,
    date: d,
  };
}
