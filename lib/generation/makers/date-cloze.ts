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
      if (isDateModifier(info.sentence.text, d.start - info.sentence.start, d.end - info.sentence.start)) continue;
      const prompt = cloze(d);
      if (!prompt) continue;
      const made = dateCandidate(info, d, "date-cloze", "cloze", prompt, DATE_CLOZE_SCORES);
      if (made) out.push(made);
    }
    return out;
  },
};

/**
 * "a 1934 letter", "the 2017 local election", "the 1930’s": a year used as a modifier or a decade. Blanked, it leaves
 * "issued _____ letter" or asks "1930" for "the 1930s".
 */
export function isDateModifier(sentence: string, start: number, end: number): boolean {
  const after = sentence.slice(end);
  if (/^['’]?s\b/.test(after)) return true;
  return /\b(?:a|an|the|its|their|his|her|this|that|our)\s+$/i.test(sentence.slice(0, start)) && /^[\s-]+(?!(?:of|and|or|to|in|on|at|by|for|with|from|when|as|was|were|is|are|had|has)\b)[a-z]/.test(after);
}
