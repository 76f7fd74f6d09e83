import type { AnalyzedArticle } from "../analyze-article";
import { MONTH_NAMES } from "../format-day";
import type { CandidateMaker, MadeCandidate } from "./types";

const era = new WeakMap<AnalyzedArticle, boolean>();

/**
 * "Who is Catherine Colonna (as of December 2023)?": an office changes hands, so the card carries the date the
 * article gives it; "Who was …?" for a former office or an article about the past.
 */
function whoIsPrompt(article: AnalyzedArticle, name: string, title: string): string {
  if (aboutThePast(article) || /^former\s/i.test(title)) return `Who was ${name}?`;
  const at = article.publishedAt;
  return at ? `Who is ${name} (as of ${MONTH_NAMES[at.getUTCMonth()]} ${at.getUTCFullYear()})?` : `Who is ${name}?`;
}

/**
 * True when the article tells of the past (most of the years it names lie more than five years before publication):
 * its people held their offices then, so a who-is card asks "Who was …?".
 */
export function aboutThePast(article: AnalyzedArticle): boolean {
  let past = era.get(article);
  if (past !== undefined) return past;
  const years = article.infos.flatMap((i) => i.dates.map((d) => d.ymd?.y).filter((y): y is number => y !== undefined)).sort((a, b) => a - b);
  const published = article.publishedAt?.getUTCFullYear();
  past = published !== undefined && years.length > 0 && years[Math.floor(years.length / 2)] < published - 5;
  era.set(article, past);
  return past;
}

/** Named scores of who-is cards ("Who is Catherine Colonna?" → "French Foreign Minister"). */
export const WHO_IS_SCORES = {
  /** An office with its organisation or country: "French Foreign Minister", "director of the CDC". */
  specific: 0.85,
  /** A described role without a proper name in it: "senior analyst". */
  described: 0.6,
  /** Longer than this many words reads as a credential, not an answer. */
  maxWords: 8,
  /** A country's leader ("North Korean leader", "President of Russia") is known to every newsreader: rarely a fact to learn. */
  headOfState: 0.45,
} as const;

const HEAD_OF_STATE = /^(?:(?:(?:North|South|East|West|New)\s+)?(?:[A-Z][a-z]+(?:an|ese|ish|ch|i)|U\.S\.|US|UK|U\.K\.)\s+)?(?:leader|president|prime minister|premier|king|queen|supreme leader|chancellor|emperor)(?:\s+of\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)?$/i;

/** "North Korean leader", "President of Russia": an office every newsreader can name the holder of. */
export function isHeadOfState(title: string): boolean {
  return HEAD_OF_STATE.test(title.replace(/[.,]$/, ""));
}

/**
 * Who-is cards for a person–title pair found in the sentence: the name asks, the office answers. A bare one-word
 * title ("President") is never an answer; an office changes hands, so the generator dates the sentence, not the card.
 *
 * @example
 * whoIsMaker.make(ctx)[0] // { prompt: "Who is Catherine Colonna?", answer: "French Foreign Minister" }
 */
export const whoIsMaker: CandidateMaker = {
  family: "who-is",
  scores: WHO_IS_SCORES,
  usableSentencesOnly: false,
  make({ article, info }) {
    const out: MadeCandidate[] = [];
    for (const t of info.titles) {
      const name = article.index.personByMention.get(t.name) ?? t.name;
      const title = t.title.replace(/[.,]$/, "");
      const words = title.split(/\s+/);
      if (words.length < 2 || words.length > WHO_IS_SCORES.maxWords) continue;
      const specific = /\b[A-Z]/.test(title.replace(/^(?:Former|Acting|Deputy|Vice|Senior|Chief)\s+/i, "").slice(1)) || /^[A-Z][a-z]+(?:an|ese|ish|ch)\s/.test(title);
      out.push({
        kind: "question",
        prompt: whoIsPrompt(article, name, title),
        answer: title,
        aliases: [],
        answerType: "title",
        factId: `title|${name.toLowerCase()}`,
        family: "who-is",
        score: (specific ? WHO_IS_SCORES.specific : WHO_IS_SCORES.described) * (isHeadOfState(title) ? WHO_IS_SCORES.headOfState : 1),
        answerSpan: { start: t.start, end: t.end },
      });
    }
    return out;
  },
};
