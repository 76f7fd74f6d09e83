import { dateCandidate } from "./date-answer";
import type { CandidateMaker, MadeCandidate } from "./types";

/** Named scores of date clozes ("… on _____." → "September 16, 2023"). */
export const DATE_CLOZE_SCORES = {
  /** Blind review accepted none of 5 day-dates: the day someone spoke or an incidental event. */
  day: 0.5,
  month: 0.64,
  year: 0.5,
  time: 0.3,
  /** Only a weekday in the text ("on Monday"). */
  weekdayOnly: 0.75,
} as const;

/**
 * Clozes over the dates of a sentence, when no when-question could be made from it. Dates in an attribution
 * ("…, KCNA said Tuesday") are never asked.
 *
 * @example
 * dateClozeMaker.make(ctx)[0] // { prompt: "Kim visited a fighter jet plant in Komsomolsk-on-Amur on _____.", answer: "September 16, 2023" }
 */
export const dateClozeMaker: CandidateMaker = {
  family: "date-cloze",
  scores: DATE_CLOZE_SCORES,
  usableSentencesOnly: true,
  make({ info, attributions, cloze }) {
    const out: MadeCandidate[] = [];
    for (const d of info.dates) {
      if (d.granularity === "vague") continue;
      if (attributions.some((a) => d.start >= a.start && d.end <= a.end)) continue;
      const prompt = cloze(d);
      if (!prompt) continue;
      const made = dateCandidate(info, d, "date-cloze", "cloze", prompt, DATE_CLOZE_SCORES);
      if (made) out.push(made);
    }
    return out;
  },
};
