import { isInQuote } from "../find-quote-ranges";
import { makeSubjectQuestion } from "../make-subject-question";
import type { Entity, SentenceInfo } from "../types";
import { entityAnswer, isAnswerableEntity } from "./entity-answer";
import { factIdOf, type CandidateMaker, type MadeCandidate } from "./types";

const REPORTING_AFTER = /^\s+(?:also\s+)?(?:said|says|told|added|noted|explained|mentioned|emphasized|emphasised|stressed|argued|warned|stated|wrote|believes|thinks|pointed out|acknowledged|recalled|insisted|cautioned|suggested|described|called)\b/;

/**
 * Named scores of subject questions ("Which country has not condemned …?" → "China"). Blind review accepted 1 of 11:
 * the subject of a sentence is usually its obvious actor, so these are mostly suggestions.
 */
export const SUBJECT_QUESTION_SCORES = {
  person: 0.45,
  org: 0.42,
  place: 0.42,
  thing: 0.36,
  maxWords: 22,
} as const;

/**
 * Asks for the named subject of a sentence: "Who visited a fighter jet plant in Komsomolsk-on-Amur …?" → Kim Jong Un.
 *
 * @example
 * subjectQuestionMaker.make(ctx)[0] // { prompt: "Which country has not condemned …?", answer: "China" }
 */
export const subjectQuestionMaker: CandidateMaker = {
  family: "subject-question",
  scores: SUBJECT_QUESTION_SCORES,
  usableSentencesOnly: true,
  make({ article, info, quotes }) {
    const out: MadeCandidate[] = [];
    const titleSpans = info.titles.map((t) => ({ start: t.start, end: t.end }));
    for (const e of info.entities) {
      if (!isAnswerableEntity(e) || isInQuote(e, quotes) || titleSpans.some((t) => e.start >= t.start && e.end <= t.end)) continue;
      // "Who explained that …?" is a who-said question in disguise: the statement is the fact, not the speaker.
      if (REPORTING_AFTER.test(info.sentence.text.slice(e.end - info.sentence.start))) continue;
      const subjectStart = subjectStartOf(info, e);
      if (subjectStart === undefined) continue;
      const prompt = makeSubjectQuestion(info, e, subjectStart);
      if (!prompt || prompt.split(/\s+/).length > SUBJECT_QUESTION_SCORES.maxWords) continue;
      const { full, type, aliases } = entityAnswer(article, e);
      const base = type === "person" || type === "org" || type === "place" ? SUBJECT_QUESTION_SCORES[type] : SUBJECT_QUESTION_SCORES.thing;
      out.push({ kind: "question", prompt, answer: full, aliases, answerType: type, factId: factIdOf(info, full), family: "subject-question", score: base, answerSpan: e, country: e.country });
    }
    return out;
  },
};

function subjectStartOf(info: SentenceInfo, e: Entity): number | undefined {
  const s = info.sentence;
  const lead = s.text.slice(0, e.start - s.start);
  if (/^(?:the\s+)?$/i.test(lead)) return e.start;
  const title = info.titles.find((t) => t.form === "prefix" && t.end <= e.start && e.start - t.end <= 1);
  if (title && title.start === s.start) return undefined;
  if (/^[A-Z][^,“”"]{2,40},\s*(?:the\s+)?$/.test(lead)) return e.start;
  return undefined;
}
