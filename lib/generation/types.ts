/** Public and internal types of the card generator. Pure data, no behaviour. */
import type { CardFamily } from "./makers/types";


/** What a caller hands to {@link generateDeck}. */
export interface GenerateDeckInput {
  text: string;
  title?: string;
  /** Reference for relative dates ("on Monday", "last month"). Without it only absolute dates are resolved. */
  publishedAt?: Date;
}

export type CardKind = "cloze" | "question";

/** One flashcard. `source.start`/`source.end` are character offsets into the text the deck was made from. */
export interface GeneratedCard {
  kind: CardKind;
  prompt: string;
  answer: string;
  aliases: string[];
  distractors: string[];
  source: { sentence: string; start: number; end: number };
  factKey: string;
  score: number;
  /**
   * Lower-ranked card offered to the reader as a suggestion: stored with the deck, but it never enters the
   * study queue (or quizzes and progress) until the reader adds it.
   */
  suggested: boolean;
}

export interface GenerateDeckResult {
  cards: GeneratedCard[];
  /** Set when the input could not be turned into cards (empty, binary, not English…). */
  reason?: string;
}

/** A sentence of the working text. Offsets are absolute. */
export interface Sentence {
  index: number;
  paragraph: number;
  text: string;
  start: number;
  end: number;
  /** Wholly inside a quotation with no speaker named in it. */
  speakerless: boolean;
}

export interface Token {
  text: string;
  /** Absolute offsets. */
  start: number;
  end: number;
  post: string;
  tags: Set<string>;
  root: string;
}

export type EntityType = "person" | "place" | "org" | "thing" | "demonym";

export interface Entity {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  country?: boolean;
}

export type DateGranularity = "day" | "month" | "year" | "time" | "vague";

export interface DateMention {
  text: string;
  start: number;
  end: number;
  granularity: DateGranularity;
  /** Resolved calendar date (UTC); absent for times and vague spans. */
  ymd?: { y?: number; m?: number; d?: number };
  withWeekday: boolean;
  answer: string;
  aliases: string[];
}

export type QuantityKind = "percent" | "count" | "money" | "word";

export interface Quantity {
  text: string;
  start: number;
  end: number;
  kind: QuantityKind;
  value: number;
  /** The number without its qualifier ("more than"), e.g. "1,000". */
  core: string;
  qualifier: string;
}

export interface TitlePair {
  name: string;
  title: string;
  /** Absolute span of the title phrase, used to shorten prompts. */
  start: number;
  end: number;
  /** "prefix" titles sit before the name; appositive ones after a comma; copular ones after "is a". */
  form: "prefix" | "appositive" | "copular";
}

/** Text replacement applied when a sentence is turned into a prompt (resolved pronouns). Absolute offsets. */
export interface Replacement {
  start: number;
  end: number;
  text: string;
  /** "date": a relative date written out ("last month" → "in May 2014"); otherwise a resolved reference. */
  reason?: "date";
  /** A pronoun whose person is named earlier in the same sentence, at this span: needed only when that name is cut. */
  namedAt?: { start: number; end: number };
}

/** Everything known about one sentence after analysis. */
export interface SentenceInfo {
  sentence: Sentence;
  tokens: Token[];
  entities: Entity[];
  dates: DateMention[];
  quantities: Quantity[];
  titles: TitlePair[];
  replacements: Replacement[];
  /** The sentence opens with, or leans on, a pronoun or vague phrase that could not be resolved. */
  unresolved: boolean;
}

export type AnswerType =
  | "person"
  | "place"
  | "org"
  | "thing"
  | "title"
  | "date-day"
  | "date-month"
  | "date-year"
  | "time"
  | "number"
  | "phrase"
  | "attribute";

/** A card before ranking and distractors. */
export interface Candidate {
  kind: CardKind;
  prompt: string;
  answer: string;
  aliases: string[];
  answerType: AnswerType;
  sentence: Sentence;
  /** Groups candidates that test the same fact. */
  factId: string;
  family: CardFamily;
  score: number;
  /** Where in the sentence the answer stands, when it was taken from the text. */
  answerSpan?: { start: number; end: number };
  /** Set for dates, numbers and places so distractors can match their form. */
  date?: DateMention;
  quantity?: Quantity;
  country?: boolean;
}

/** Article-wide pools the distractor picker draws from. */
export interface ArticleIndex {
  people: string[];
  places: string[];
  countries: string[];
  orgs: string[];
  things: string[];
  titles: string[];
  phrases: string[];
  attributes: string[];
  dates: DateMention[];
  quantities: Quantity[];
  /** Full name for every shorter mention ("Samore" → "Gary Samore"). */
  personByMention: Map<string, string>;
}
