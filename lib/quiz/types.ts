/**
 * Types shared by the quiz domain. Server code keeps `QuizQuestion` (it carries the solution);
 * the browser only ever receives `PublicQuestion` (see `toPublicQuestion`).
 */

/** The four quiz formats, in the order the UI lists them. */
export const QUIZ_FORMATS = ["multiple_choice", "true_false", "typed", "matching"] as const;
export type QuizFormat = (typeof QUIZ_FORMATS)[number];

/** Allowed quiz lengths; "all" uses every usable card once. */
export const QUIZ_LENGTHS = [10, 20, "all"] as const;
export type QuizLength = (typeof QUIZ_LENGTHS)[number];

/** A card as the generator produces it. */
export interface QuizCardInput {
  id: string;
  kind: "cloze" | "question";
  prompt: string;
  answer: string;
  aliases: string[];
  distractors: string[];
  source: { sentence: string };
  factKey: string;
  articleId: string;
}

/** Scheduling facts used by `focusWeak` (from the card's FSRS state at `now`). */
export interface CardSchedulingFacts {
  /** Probability of recall now, 0..1; null when the card was never reviewed. */
  retrievability: number | null;
  lapses: number;
  reps: number;
}

/** A card offered to `buildQuiz`, optionally with its scheduling facts. */
export type QuizSourceCard = QuizCardInput & { scheduling?: CardSchedulingFacts | null };

export interface BuildQuizOptions {
  formats: readonly QuizFormat[] | "mixed";
  length: QuizLength;
  focusWeak: boolean;
}

/** The relation a matching question pairs up. */
export type MatchingRelation = "person_title" | "event_date";

interface QuestionBase {
  /** Stable within one quiz: "q1", "q2", … in quiz order. */
  id: string;
}

export interface MultipleChoiceQuestion extends QuestionBase {
  format: "multiple_choice";
  cardId: string;
  articleId: string;
  prompt: string;
  /** Exactly four option texts, in display order. */
  options: string[];
  /** Index into `options` of the right answer. Never sent to the browser. */
  correctIndex: number;
  answer: string;
  sourceSentence: string;
}

export interface TrueFalseQuestion extends QuestionBase {
  format: "true_false";
  cardId: string;
  articleId: string;
  /** The cloze prompt with a value in its gap, or "Question? — value". */
  statement: string;
  /** Whether `statement` is true. Never sent to the browser. */
  isTrue: boolean;
  /** The value put into the statement (the answer or a distractor). */
  shownValue: string;
  answer: string;
  sourceSentence: string;
}

export interface TypedQuestion extends QuestionBase {
  format: "typed";
  cardId: string;
  articleId: string;
  prompt: string;
  answer: string;
  aliases: string[];
  /** Known wrong answers: typing one exactly is never forgiven as a typo. */
  wrongAnswers: string[];
  sourceSentence: string;
}

export interface MatchingPair {
  left: string;
  right: string;
  /** Cards that state this pair (a who-is card and its reverse give one pair). */
  cardIds: string[];
  sourceSentence: string;
}

export interface MatchingQuestion extends QuestionBase {
  format: "matching";
  relation: MatchingRelation;
  cardIds: string[];
  instruction: string;
  /** Left column texts, in display order. */
  left: string[];
  /** Right column texts, in display order (shuffled independently of `left`). */
  right: string[];
  /** solution[i] is the index in `right` that belongs to `left[i]`. Never sent to the browser. */
  solution: number[];
  pairs: MatchingPair[];
}

/** A question as the server stores it: everything needed to grade and explain. */
export type QuizQuestion = MultipleChoiceQuestion | TrueFalseQuestion | TypedQuestion | MatchingQuestion;

/** A labelled option or column item as the browser sees it; its position is its index. */
export interface PublicOption {
  /** "1".."4" for options (keyboard keys), "A".."F" for the matching right column. */
  label: string;
  text: string;
}

/** A question safe to send to the browser: nothing in it says which answer is right. */
export type PublicQuestion =
  | { id: string; format: "multiple_choice"; prompt: string; options: PublicOption[] }
  | { id: string; format: "true_false"; statement: string }
  | { id: string; format: "typed"; prompt: string }
  | {
      id: string;
      format: "matching";
      relation: MatchingRelation;
      instruction: string;
      left: PublicOption[];
      right: PublicOption[];
    };

/** A learner's response; indices are 0-based positions in the public lists. */
export type QuizResponse =
  | { format: "multiple_choice"; optionIndex: number }
  | { format: "true_false"; value: boolean }
  | { format: "typed"; text: string }
  | { format: "matching"; pairs: Array<{ left: number; right: number }> };

/** Why a response was judged as it was (for feedback copy and analytics). */
export type GradeReason =
  | "exact"
  | "alias"
  | "typo"
  | "date"
  | "option"
  | "pairs"
  | "wrong"
  | "empty"
  | "number_mismatch"
  | "qualifier_mismatch"
  | "date_mismatch"
  | "format_mismatch"
  | "invalid_response";

export interface GradeResult {
  correct: boolean;
  /** Wrong but close: the UI offers "Override: I was right". Never true when `correct`. */
  nearMiss: boolean;
  /** Human-readable right answer ("True", "Ken Gause", "Ken Gause → senior …; …"). */
  expected: string;
  /** 1 or 0, or the share of right pairs for matching. */
  score: number;
  reason: GradeReason;
  /** The accepted form the response matched (answer or alias), when correct or near. */
  matched?: string;
  /** The card's answer, to show with the feedback (null for matching). */
  answer: string | null;
  /** The source sentence to show with the feedback (null for matching). */
  sourceSentence: string | null;
  /** Matching only: per left item, whether the learner paired it right. */
  pairResults?: boolean[];
}

export interface BuildQuizResult {
  questions: QuizQuestion[];
  /** Plain-language notes for the learner: fewer cards than asked, formats not possible, … */
  warnings: string[];
}
