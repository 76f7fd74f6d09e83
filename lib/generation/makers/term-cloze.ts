import { isVerbOutOfContext } from "../tokenize-text";
import type { Token } from "../types";
import { GENERIC_NOUNS, isCommonWord, NAME_FOLLOWS, zipf } from "../word-lists";
import { factIdOf, type CandidateMaker, type MadeCandidate } from "./types";

/** Named scores of key-term clozes ("Russia has suggested it will help develop a _____." → "spy satellite"). */
export const TERM_CLOZE_SCORES = {
  base: 0.3,
  /** Said to be, called or known as: the sentence defines the term ("The exosphere is the _____"). */
  defined: 0.2,
  /** The term's head noun recurs in the article: it is what the article is about. */
  recurring: 0.1,
  /** At least one of its words is rare in general English (zipf below 3.5). */
  rare: 0.1,
  /** The object of a verb or preposition carries the fact; a subject less so. */
  object: 0.04,
  maxWords: 4,
  /** A term the sentence neither defines nor the article repeats is a side detail ("issued a letter to its _____"). */
  incidental: 0.7,
  /** The description before a name ("a small, nearby _____ called TRAPPIST-1"): the name is the fact, this the cue. */
  namesNext: 0.5,
  /** The description in "The troposphere is the _____.": other true descriptions fit the gap as well. */
  describesDefined: 0.6,
} as const;

/**
 * Clozes over key terms: common-noun phrases of two to four words (or one rare word) that are specific to the
 * article. A lone everyday word ("response", "existence") is never an answer, nor a generic head ("the move").
 *
 * @example
 * termClozeMaker.make(ctx)[0].answer // "spy satellite"
 */
export const termClozeMaker: CandidateMaker = {
  family: "term-cloze",
  scores: TERM_CLOZE_SCORES,
  usableSentencesOnly: true,
  make({ article, info, attributions, cloze }) {
    const out: MadeCandidate[] = [];
    const heads = headCounts(article);
    const firstVerb = info.tokens.find((t) => t.tags.has("Verb"));
    for (const p of info.phrases) {
      if (p.kind !== "phrase") continue;
      if (info.titles.some((t) => p.start >= t.start && p.end <= t.end)) continue;
      if (attributions.some((a) => p.start >= a.start && p.end <= a.end)) continue;
      const words = p.text.split(/\s+/);
      const first = info.tokens.find((t) => t.start === p.start);
      if (first && first.tags.has("Verb") && !first.tags.has("Adjective")) continue; // "include greenhouse gases"
      // The tagger took a verb for a noun: "scribe helps providers", "interested in include greenhouse gases".
      const previous = info.tokens[info.tokens.indexOf(first!) - 1];
      const modifies = (t: Token) => ["Determiner", "Adjective", "Possessive", "Value", "Conjunction", "Comparative", "Superlative"].some((tag) => t.tags.has(tag));
      if (first && words.length > 1 && previous && !modifies(previous) && isVerbOutOfContext(first.text)) continue;
      const head = words[words.length - 1].toLowerCase();
      if (words.length > TERM_CLOZE_SCORES.maxWords || GENERIC_NOUNS.has(head)) continue;
      const rare = words.some((w) => zipf(w) < 3.5);
      // One lowercase word is an answer only when it is rare and not a word for people ("runners", "officials").
      if (words.length === 1 && (isCommonWord(head) || zipf(head) >= 3.2 || /(?:ers?|ists?|ians?|ants?|ents?|people|men|women)$/.test(head))) continue;
      if (words.every((w) => isCommonWord(w)) && !rare && (heads.get(singular(head)) ?? 0) < 2) continue;
      const before = info.sentence.text.slice(0, p.start - info.sentence.start);
      if (/\b(?:which|that|who)\s+$/i.test(before)) continue;
      const object = /\b(?:[a-z]+ed|[a-z]+s|of|for|with|on|in|to|from|into|about|against|by)\s+(?:(?:the|a|an|its|their|his|her)\s+)?$/i.test(before);
      const after = info.sentence.text.slice(p.end - info.sentence.start);
      // "The troposphere is the lowermost atmospheric layer.": the term defined is the one answer the gap allows; the
      // description in its place would admit any other true description ("the densest layer").
      const definedSubject = isDefinedSubject(before, after);
      // Otherwise the subject of the sentence is its topic, not its fact (and where compromise takes a verb for a noun).
      if (!definedSubject && firstVerb !== undefined && p.end <= firstVerb.start) continue;
      const copularPredicate = /\b(?:is|are|was|were)\s+(?:the|an?)\s+$/i.test(before);
      const termDefinedHere = copularPredicate && info.phrases.some((q) => q.kind === "phrase" && q.end <= p.start && isDefinedSubject(info.sentence.text.slice(0, q.start - info.sentence.start), info.sentence.text.slice(q.end - info.sentence.start)));
      const defining = definedSubject || (!termDefinedHere && (copularPredicate || /\b(?:known as|called|referred to as|named|dubbed|defined as|above the|below the)\s+(?:an?\s+|the\s+)?$/i.test(before)));
      // One word is an answer only where the sentence defines it; elsewhere it is the filler of a copied sentence.
      if (words.length === 1 && !defining) continue;
      const prompt = cloze(p);
      if (!prompt) continue;
      const recurring = (heads.get(singular(head)) ?? 0) >= 2;
      const namesNext = NAME_FOLLOWS.test(after);
      const score =
        (namesNext ? TERM_CLOZE_SCORES.namesNext : 1) *
        (termDefinedHere ? TERM_CLOZE_SCORES.describesDefined : 1) *
        (defining || recurring ? 1 : TERM_CLOZE_SCORES.incidental) *
        (TERM_CLOZE_SCORES.base +
        (defining ? TERM_CLOZE_SCORES.defined : 0) +
        (recurring ? TERM_CLOZE_SCORES.recurring : 0) +
        (rare ? TERM_CLOZE_SCORES.rare : 0) +
        (object ? TERM_CLOZE_SCORES.object : 0));
      out.push({ kind: "cloze", prompt, answer: p.text, aliases: [], answerType: "phrase", factId: factIdOf(info, p.text), family: "term-cloze", score, answerSpan: p });
    }
    return out;
  },
};

/** The phrase is the whole subject of a copular definition: "The troposphere| is the lowermost layer". */
function isDefinedSubject(before: string, after: string): boolean {
  return /^\s*(?:the\s+)?$/i.test(before) && /^\s+(?:is|are|was|were)\s+(?:the|an?)\s+\S/i.test(after);
}

const cache = new WeakMap<object, Map<string, number>>();

/** How many times each common noun (singular) occurs in the article. */
function headCounts(article: Parameters<CandidateMaker["make"]>[0]["article"]): Map<string, number> {
  let counts = cache.get(article);
  if (counts) return counts;
  counts = new Map();
  for (const info of article.infos) {
    for (const t of info.tokens) {
      if (!t.tags.has("Noun") || t.tags.has("ProperNoun") || t.tags.has("Pronoun")) continue;
      const key = singular(t.text.toLowerCase());
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  cache.set(article, counts);
  return counts;
}

function singular(w: string): string {
  return w.replace(/ies$/, "y").replace(/(?<=[^s])s$/, "");
}
