import type { AnalyzedArticle } from "../analyze-article";
import type { Span } from "../render-prompt";
import type { AnswerType, Candidate, CardKind, SentenceInfo } from "../types";

/** The card families the generator makes, one maker file each. */
export type CardFamily =
  | "who-is"
  | "title-holder"
  | "who-said"
  | "when-question"
  | "date-cloze"
  | "quantity-cloze"
  | "subject-question"
  | "entity-cloze"
  | "term-cloze"
  | "acronym-question";

export type AnalyzedSentence = AnalyzedArticle["infos"][number];

/** What a maker sees of one sentence, with the helpers every family shares. */
export interface SentenceContext {
  article: AnalyzedArticle;
  info: AnalyzedSentence;
  /** Quotations longer than a scare-quoted name. */
  quotes: Span[];
  /** "…, analysts said", "According to X,": answers in here are incidental. */
  attributions: Span[];
  /** The sentence, compressed around `keep` (see compressionDrops), with `gap` blanked; undefined if it does not render. */
  cloze(gap: Span): string | undefined;
}

/** A maker's proposal before article-wide scoring. */
export interface MadeCandidate {
  kind: CardKind;
  prompt: string;
  answer: string;
  aliases: string[];
  answerType: AnswerType;
  factId: string;
  family: CardFamily;
  /** The maker's own confidence in the card's form, in [0, 1], from its named scores. */
  score: number;
  /** The span of the sentence the answer was taken from, when there is one. */
  answerSpan?: Span;
  date?: Candidate["date"];
  quantity?: Candidate["quantity"];
  country?: boolean;
}

/**
 * One card family: its named scores and how it proposes cards for a sentence.
 * `usableSentencesOnly` makers skip sentences that are fragments, questions, unresolved or speaker-less quotes.
 */
export interface CandidateMaker {
  family: CardFamily;
  scores: Readonly<Record<string, number>>;
  usableSentencesOnly: boolean;
  make(ctx: SentenceContext): MadeCandidate[];
}

/** Groups cards that test the same fact of a sentence. */
export function factIdOf(info: SentenceInfo, answer: string): string {
  return `s${info.sentence.index}|${answer.toLowerCase()}`;
}
