import { finishQuestion, lowerDeterminer, renderClause, renderRange } from "./render-clause";
import type { DateMention, SentenceInfo } from "./types";

const REPORTING = /^(?:say|add|declare|tell|note|warn|announce|claim|state|argue|continue)$/;
const DATE_PREPOSITION = /\b(?:on|in|at|during|since|by|until|from|as early as|as late as)\s+$/i;

/**
 * Turns a sentence with a date into "When did … ?" by removing the date phrase and inverting a simple-past or
 * passive main clause. Returns undefined when the clause is not simple enough to invert cleanly (another date
 * left in it, a reporting verb, a perfect tense, an adjectival date as in "the September 13 meeting").
 *
 * @example
 * makeWhenQuestion(info, mention) // "When did North Korea conduct its fifth intercontinental ballistic missile test of the year?"
 */
export function makeWhenQuestion(info: SentenceInfo, date: DateMention): string | undefined {
  const s = info.sentence;
  const before = s.text.slice(0, date.start - s.start);
  const prep = DATE_PREPOSITION.exec(before);
  if (!prep) return undefined;
  let removeStart = s.start + prep.index;
  let removeEnd = date.end;
  const leading = s.text.slice(0, removeStart - s.start).trim() === "";
  if (leading) {
    if (!/^\s*,/.test(s.text.slice(removeEnd - s.start))) return undefined;
    removeEnd += /^\s*,\s*/.exec(s.text.slice(removeEnd - s.start))![0].length;
    removeStart = s.start;
  }
  if (info.dates.some((d) => d !== date)) return undefined;
  const kept = info.tokens.filter((t) => t.end <= removeStart || t.start >= removeEnd);
  const verbIndex = kept.findIndex((t) => t.tags.has("Verb") && !t.tags.has("Gerund"));
  if (verbIndex <= 0 || verbIndex > 8) return undefined;
  const subject = kept.slice(0, verbIndex);
  if (subject.some((t, i) => i < subject.length - 1 && /[,;:“”"]/.test(t.post)) || subject.some((t) => t.start < s.start + 0 || t.tags.has("Conjunction") || t.tags.has("QuestionWord"))) return undefined;
  if (!subject.some((t) => t.tags.has("Noun") || t.tags.has("Pronoun"))) return undefined;
  const verb = kept[verbIndex];
  if (!leading) {
    const between = s.text.slice(verb.end - s.start, removeStart - s.start);
    if (/[,;:—–]/.test(between)) return undefined;
    if (info.tokens.some((t) => t.start >= verb.end && t.end <= removeStart && t.tags.has("Verb") && !t.tags.has("Gerund") && !t.tags.has("Infinitive"))) return undefined;
  }
  const subjectText = renderRange(info, subject[0].start, subject[subject.length - 1].end, lowerDeterminer(subject[0]));
  const restText = renderClause(info, verb.end, s.end, { start: removeStart, end: removeEnd }).replace(/[.!?]+["”]?$/, "");
  if (/^(?:was|were)$/i.test(verb.text)) {
    const next = kept[verbIndex + 1];
    if (!next || !next.tags.has("PastTense") && !next.tags.has("Participle")) return undefined;
    return finishQuestion(`When ${verb.text.toLowerCase()} ${subjectText}${restText}`);
  }
  if (!verb.tags.has("PastTense") || !verb.root || REPORTING.test(verb.root) || /^(?:be|have|do)$/.test(verb.root)) return undefined;
  return finishQuestion(`When did ${subjectText} ${verb.root}${restText}`);
}
