import { NAMING_WORDS } from "../word-lists";
import { definedAcronyms } from "./acronym-question";
import { entityAnswer, hostsPlace, isAnswerableEntity, isEnumerated } from "./entity-answer";
import type { Entity, SentenceInfo, Token } from "../types";
import { factIdOf, type CandidateMaker, type MadeCandidate } from "./types";

/** Named scores of entity clozes ("Kim visited a fighter jet plant in _____." → "Komsomolsk-on-Amur"). */
export const ENTITY_CLOZE_SCORES = {
  person: 0.64,
  org: 0.54,
  place: 0.62,
  /** A country: widely known, and often the article's setting. */
  country: 0.45,
  /** A capitalised name of unknown kind: blind review accepted 2 of 14 (fragments of names, programmes, campaigns). */
  thing: 0.36,
  /** One item of a list ("Taiwan and Australia"): the others give it away or make it a set. */
  enumerated: 0.8,
  /** An institution followed by its place ("Moi University in Kenya"): the place is the fact. */
  hostsPlace: 0.9,
  /** The subject of the sentence: usually its obvious actor ("_____ visited a fighter jet plant…" → Kim Jong Un). */
  subject: 0.8,
  /** A place after in/at/near/from: where something happened. */
  located: 1.06,
  /** A name the sentence introduces ("a dwarf star called _____"): naming is the point of the sentence. */
  named: 1.6,
} as const;

/**
 * Clozes over the names of a sentence (people, organisations, places, named things), outside long quotations,
 * titles and attributions.
 *
 * @example
 * entityClozeMaker.make(ctx)[0] // { prompt: "Kim visited a fighter jet plant in _____ on September 16.", answer: "Komsomolsk-on-Amur" }
 */
export const entityClozeMaker: CandidateMaker = {
  family: "entity-cloze",
  scores: ENTITY_CLOZE_SCORES,
  usableSentencesOnly: true,
  make({ article, info, attributions, cloze }) {
    const out: MadeCandidate[] = [];
    const s = info.sentence;
    const titleSpans = info.titles.map((t) => ({ start: t.start, end: t.end }));
    for (const e of info.entities) {
      if (!isAnswerableEntity(e)) continue;
      if (titleSpans.some((t) => e.start >= t.start && e.end <= t.end)) continue;
      if (attributions.some((a) => e.start >= a.start && e.end <= a.end)) continue;
      // The speaker of a quotation ("…,” said Kanika.) is asked by who-said questions, if at all.
      // Where a story appeared or whom someone spoke to ("featured on ESPN") is a side detail, as the speaker is.
      if (/\b(?:featured (?:on|in)|appeared on|interview with|interviewed by|spoke to|speaking to|reported by|according to)\s+(?:the\s+)?$/.test(s.text.slice(0, e.start - s.start))) continue;
      if (/\b(?:said|says|told|tells|added|asked|stated|noted|declared|explained|wrote)\s+$/.test(s.text.slice(0, e.start - s.start)) || /^\s*(?:,[^,]{3,120},)?\s+(?:said|says|told|added|stated|noted|declared|explained|wrote)\b/.test(s.text.slice(e.end - s.start))) continue;
      const firstVerb = info.tokens.find((t) => t.tags.has("Verb"));
      // "…compliance with _____ and Accountability Act": a name cut in two where it holds "and".
      if (e.type === "thing" && (/^\s+and\s+[A-Z]/.test(s.text.slice(e.end - s.start)) || /[A-Z][a-z]+\s+and\s+$/.test(s.text.slice(0, e.start - s.start)))) continue;
      // "At some _____ medical centers" (VA), "ambient _____ scribe" (AI): a name used as a modifier inside a longer
      // noun phrase leaves a gap that reads as a guessing game, not a fact.
      if (isInsideNounPhrase(info, e)) continue;
      const prompt = cloze(e);
      if (!prompt) continue;
      const named = entityAnswer(article, e);
      // An acronym the article defines is answered with its full name ("HSC" → "hematopoietic stem cell (HSC)").
      const expansion = definedAcronyms(article).get(e.text);
      const { type } = named;
      const full = expansion ? `${expansion} (${e.text})` : named.full;
      const aliases = expansion ? [e.text, expansion, ...named.aliases] : named.aliases;
      const located = e.type === "place" && /\b(?:in|at|near|from)\s+$/.test(s.text.slice(0, e.start - s.start)) ? ENTITY_CLOZE_SCORES.located : 1;
      const base = type === "place" && e.country ? ENTITY_CLOZE_SCORES.country : type === "person" || type === "org" || type === "place" ? ENTITY_CLOZE_SCORES[type] : ENTITY_CLOZE_SCORES.thing;
      const introduced = NAMING_WORDS.test(s.text.slice(0, e.start - s.start)) ? ENTITY_CLOZE_SCORES.named : 1;
      const subject = firstVerb !== undefined && e.end <= firstVerb.start ? ENTITY_CLOZE_SCORES.subject : 1;
      const score = base * subject * located * introduced * (isEnumerated(info, e) ? ENTITY_CLOZE_SCORES.enumerated : 1) * (hostsPlace(info, e) ? ENTITY_CLOZE_SCORES.hostsPlace : 1);
      out.push({ kind: "cloze", prompt, answer: full, aliases, answerType: type, factId: factIdOf(info, full), family: "entity-cloze", score, answerSpan: e, country: e.country });
    }
    return out;
  },
};

const TIME_WORDS = /^(?:last|next|this|early|late|earlier|later|week|weeks|month|months|year|years|day|days|today|tonight|tomorrow|yesterday|morning|evening|night|afternoon)$/i;
const NOT_A_MODIFIER = ["Verb", "Pronoun", "Possessive", "Preposition", "Conjunction", "Determiner", "Adverb", "Value", "Date", "QuestionWord"];

/**
 * True when a name is a premodifier or sits inside a compound: "VA medical centers", "ambient AI scribe",
 * "former CNRP president". Possessives ("VA's") and place words ("Kandal province") are not modifiers here.
 */
export function isInsideNounPhrase(info: SentenceInfo, e: Entity): boolean {
  const text = info.sentence.text;
  const at = (t: Token) => t.start - info.sentence.start;
  const after = info.tokens.findIndex((t) => t.start >= e.end);
  const joined = (t: Token | undefined, from: number) => t !== undefined && /^\s+$/.test(text.slice(from - info.sentence.start, at(t)));
  const nounish = (t: Token | undefined) => t !== undefined && /^[a-z]/.test(t.text) && !TIME_WORDS.test(t.text) && t.tags.has("Noun") && !NOT_A_MODIFIER.some((tag) => t.tags.has(tag)) && !/^(?:province|state|county|region|city|district|island|river|village|town|area)$/.test(t.text);
  const next = after >= 0 ? info.tokens[after] : undefined;
  if (!/^['’]/.test(text.slice(e.end - info.sentence.start)) && joined(next, e.end)) {
    if (nounish(next)) return true;
    const then = info.tokens[after + 1];
    if (next!.tags.has("Adjective") && !TIME_WORDS.test(next!.text) && joined(then, next!.end) && nounish(then)) return true;
  }
  const beforeIdx = info.tokens.findIndex((t) => t.end > e.start) - 1;
  const before = beforeIdx >= 0 ? info.tokens[beforeIdx] : undefined;
  return Boolean(
    before &&
      /^\s+$/.test(text.slice(before.end - info.sentence.start, e.start - info.sentence.start)) &&
      /^[a-z]/.test(before.text) &&
      (before.tags.has("Adjective") || (before.tags.has("Noun") && !before.tags.has("Pronoun"))) &&
      !NOT_A_MODIFIER.some((tag) => before.tags.has(tag)) &&
      !TIME_WORDS.test(before.text),
  );
}
