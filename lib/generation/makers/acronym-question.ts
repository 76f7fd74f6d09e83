import type { AnalyzedArticle } from "../analyze-article";
import { zipf } from "../word-lists";
import { factIdOf, type CandidateMaker, type MadeCandidate } from "./types";

/** Named scores of acronym questions ("What does LTV stand for?" → "lunar terrain vehicle"). */
export const ACRONYM_QUESTION_SCORES = {
  /** An acronym the article defines is one of its key terms. */
  defined: 0.72,
} as const;

/**
 * "What does LTV stand for?" from a definition in the text: an expansion followed by its acronym in parentheses
 * ("a lunar terrain vehicle (LTV)"), the acronym's letters matching the expansion's initials.
 *
 * @example
 * acronymQuestionMaker.make(ctx)[0] // { prompt: "What does LTV stand for?", answer: "lunar terrain vehicle" }
 */
export const acronymQuestionMaker: CandidateMaker = {
  family: "acronym-question",
  scores: ACRONYM_QUESTION_SCORES,
  usableSentencesOnly: false,
  make({ article, info }) {
    const out: MadeCandidate[] = [];
    const s = info.sentence;
    for (const m of s.text.matchAll(/\(([A-Z][A-Za-z]{1,7})\)/g)) {
      const acronym = m[1];
      const letters = acronym.replace(/[a-z]/g, "");
      // Defined and used again: a term of the article. Defined once in passing ("visit NOAA's site"), a side detail.
      if (letters.length < 2 || isEverydayAcronym(acronym) || usesOf(article, acronym) < 3) continue;
      const words = s.text.slice(0, m.index).trimEnd().split(/\s+/);
      const expansion = expansionFor(words, letters);
      if (!expansion) continue;
      const at = s.start + m.index! - 1 - expansion.length;
      out.push({
        kind: "question",
        prompt: `What does ${acronym} stand for?`,
        answer: expansion,
        aliases: [],
        answerType: "phrase",
        factId: factIdOf(info, expansion),
        family: "acronym-question",
        score: ACRONYM_QUESTION_SCORES.defined,
        answerSpan: { start: at, end: at + expansion.length },
      });
    }
    return out;
  },
};

/** Acronyms every reader knows: expanding them teaches nothing ("What does NIH stand for?"). */
const EVERYDAY = new Set("AI CEO CDC EU FBI FDA GDP IT NASA NATO NIH TV UK UN US USA WHO".split(" "));

function isEverydayAcronym(acronym: string): boolean {
  return EVERYDAY.has(acronym) || zipf(acronym) >= 2;
}

const uses = new WeakMap<AnalyzedArticle, { text: string; counts: Map<string, number> }>();

/** How many times the article writes an acronym, counted once per acronym and article (not once per sentence). */
function usesOf(article: AnalyzedArticle, acronym: string): number {
  let entry = uses.get(article);
  if (!entry) uses.set(article, (entry = { text: article.infos.map((i) => i.sentence.text).join(" "), counts: new Map() }));
  let n = entry.counts.get(acronym);
  if (n === undefined) entry.counts.set(acronym, (n = entry.text.match(new RegExp(`\\b${acronym}\\b`, "g"))?.length ?? 0));
  return n;
}

const defined = new WeakMap<object, Map<string, string>>();

/**
 * Every acronym the article defines, with its expansion ("HSC" → "hematopoietic stem cell"), so that a card whose
 * answer is the acronym asks for the full name.
 *
 * @example
 * definedAcronyms(article).get("LTV") // "lunar terrain vehicle"
 */
export function definedAcronyms(article: { infos: { sentence: { text: string } }[] }): Map<string, string> {
  let map = defined.get(article);
  if (map) return map;
  map = new Map();
  for (const info of article.infos) {
    for (const m of info.sentence.text.matchAll(/\(([A-Z][A-Za-z]{1,7})\)/g)) {
      const letters = m[1].replace(/[a-z]/g, "");
      const expansion = letters.length >= 2 ? expansionFor(info.sentence.text.slice(0, m.index).trimEnd().split(/\s+/), letters) : undefined;
      if (expansion && !map.has(m[1]) && !isEverydayAcronym(m[1])) map.set(m[1], expansion);
    }
  }
  defined.set(article, map);
  return map;
}

/** The last words before the parenthesis whose initials spell the acronym (small words such as "of" may be skipped). */
function expansionFor(words: string[], letters: string): string | undefined {
  for (let take = letters.length; take <= letters.length + 3 && take <= words.length; take++) {
    const chosen = words.slice(words.length - take);
    const initials = chosen
      .filter((w) => !/^(?:of|for|and|the|on|in|to|&)$/i.test(w))
      .flatMap((w) => w.split("-"))
      .map((w) => w[0]?.toUpperCase() ?? "")
      .join("");
    if (initials === letters.toUpperCase()) return chosen.join(" ").replace(/^[("“]+|[,;:]+$/g, "");
  }
  return undefined;
}
