import { makeSaidQuestions } from "../make-said-questions";
import type { AnalyzedArticle } from "../analyze-article";
import type { CandidateMaker } from "./types";

function holdsOffice(article: AnalyzedArticle, name: string): boolean {
  return article.infos.some((i) => i.titles.some((t) => (article.index.personByMention.get(t.name) ?? t.name) === name && /^[A-Z]/.test(t.title)));
}

const saidCache = new WeakMap<AnalyzedArticle, { bySentence: ReturnType<typeof makeSaidQuestions>[]; speakers: Set<string> }>();

/**
 * The reported statements of every sentence and everyone the article reports as saying something, worked out once
 * per article (the sole-speaker rule needs the whole article; each sentence's questions are then read from here).
 */
function saidIn(article: AnalyzedArticle): { bySentence: ReturnType<typeof makeSaidQuestions>[]; speakers: Set<string> } {
  let said = saidCache.get(article);
  if (!said) {
    const bySentence = article.infos.map((i) => makeSaidQuestions(i, article.index));
    said = { bySentence, speakers: new Set(bySentence.flatMap((qs) => qs.map((c) => c.answer))) };
    saidCache.set(article, said);
  }
  return said;
}

/** Named scores of who-said questions ("Who said … ?" → the speaker). */
export const WHO_SAID_SCORES = {
  /** A short statement by a named speaker: who said it is rarely the point, so mostly a suggestion. */
  statement: 0.45,
  /** The speaker holds an office the article names ("French Foreign Minister"): their words are the news. */
  official: 0.6,
  /** The article quotes no one else: its only voice is the obvious answer to every "Who said …?". */
  soleSpeaker: 0.6,
  /** Longer prompts than this read as a whole sentence, not a question. */
  maxWords: 24,
} as const;

/**
 * "Who said …?" from a reported statement whose speaker is named or resolved ("he said" → "Gary Samore said").
 *
 * @example
 * whoSaidMaker.make(ctx)[0] // { prompt: "Who said other weapons Pyongyang “desperately” wants are …?", answer: "Gary Samore" }
 */
export const whoSaidMaker: CandidateMaker = {
  family: "who-said",
  scores: WHO_SAID_SCORES,
  usableSentencesOnly: true,
  make({ article, info }) {
    const said = saidIn(article);
    const sole = said.speakers.size <= 1 ? WHO_SAID_SCORES.soleSpeaker : 1;
    return (said.bySentence[article.infos.indexOf(info)] ?? makeSaidQuestions(info, article.index))
      .filter((c) => c.prompt.split(/\s+/).length <= WHO_SAID_SCORES.maxWords)
      .map((c) => ({ ...c, family: "who-said" as const, score: sole * (holdsOffice(article, c.answer) ? WHO_SAID_SCORES.official : WHO_SAID_SCORES.statement) }));
  },
};
