import { makeWhenQuestion } from "../make-when-question";
import { dateCandidate } from "./date-answer";
import type { CandidateMaker, MadeCandidate } from "./types";

/** Named scores of when-questions ("When did North Korea conduct …?" → the date). */
export const WHEN_QUESTION_SCORES = {
  day: 0.56,
  month: 0.74,
  year: 0.7,
  /** The article gave only a weekday ("on Monday"): the calendar date is ours, and worth less. */
  weekdayOnly: 0.8,
  maxWords: 22,
} as const;

/**
 * "When did … ?" from a simple past or passive clause with one date; the date (day, month or year) answers.
 *
 * @example
 * whenQuestionMaker.make(ctx)[0] // { prompt: "When did North Korea conduct its fifth … test of the year?", answer: "Monday, December 18, 2023" }
 */
export const whenQuestionMaker: CandidateMaker = {
  family: "when-question",
  scores: WHEN_QUESTION_SCORES,
  usableSentencesOnly: true,
  make({ info, attributions }) {
    const out: MadeCandidate[] = [];
    for (const d of info.dates) {
      if (d.granularity === "vague" || d.granularity === "time") continue;
      if (attributions.some((a) => d.start >= a.start && d.end <= a.end)) continue;
      const prompt = makeWhenQuestion(info, d);
      if (!prompt || prompt.split(/\s+/).length > WHEN_QUESTION_SCORES.maxWords) continue;
      const made = dateCandidate(info, d, "when-question", "question", prompt, WHEN_QUESTION_SCORES);
      if (made) out.push(made);
    }
    return out;
  },
};
