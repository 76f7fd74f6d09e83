import { analyzeArticle } from "../analyze-article";
import { makeSentenceContext } from "../build-candidates";
import { normalizeText } from "../normalize-text";
import type { CandidateMaker, MadeCandidate } from "./types";

/**
 * Runs one card family over every sentence of a small text, as the generator would, and returns what it proposes.
 *
 * @example
 * runMaker(whoIsMaker, "French Foreign Minister Catherine Colonna spoke.").map((c) => c.answer) // ["French Foreign Minister"]
 */
export function runMaker(maker: CandidateMaker, text: string, publishedAt = new Date("2023-12-19T12:00:00Z")): MadeCandidate[] {
  const article = analyzeArticle(normalizeText(text).text, publishedAt);
  return article.infos.flatMap((info) => {
    const usable = !info.sentence.speakerless && !info.unresolved;
    return maker.usableSentencesOnly && !usable ? [] : maker.make(makeSentenceContext(article, info));
  });
}

/** prompt → answer pairs, for compact expectations. */
export function pairs(made: MadeCandidate[]): [string, string][] {
  return made.map((c) => [c.prompt, c.answer]);
}
