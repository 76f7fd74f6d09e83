/**
 * The quiz domain: build a quiz from cards, show the browser only `toPublicQuestion`, grade on the
 * server, summarise for the results screen. Pure: no clock, no randomness except the seed passed in.
 */
export { buildQuiz } from "./build-quiz";
export { toPublicQuestion } from "./to-public-question";
export { gradeAnswer } from "./grade-answer";
export { gradeTypedAnswer, type TypedAnswerKey, type TypedGrade } from "./grade-typed-answer";
export { describeExpected } from "./describe-expected";
export { describeAnswer, readStoredGrade, toGradeFeedback, type GradeFeedback, type StoredGrade } from "./read-stored-grade";
export {
  summarizeAttempt,
  type AttemptAnswer,
  type AttemptItem,
  type AttemptItemStatus,
  type AttemptSummary,
  type SummarizeAttemptInput,
} from "./summarize-attempt";
export { scoreWeakness } from "./score-weakness";
export { classifyCard, type AnswerType, type CardClassification, type CardRelation } from "./classify-card";
export { parseDate, type DateParts } from "./parse-date";
export { normalizeAnswer } from "./normalize-answer";
export { createRng, type Rng } from "./create-rng";
export {
  QUIZ_FORMATS,
  QUIZ_LENGTHS,
  type BuildQuizOptions,
  type BuildQuizResult,
  type CardSchedulingFacts,
  type GradeReason,
  type GradeResult,
  type MatchingPair,
  type MatchingQuestion,
  type MatchingRelation,
  type MultipleChoiceQuestion,
  type PublicOption,
  type PublicQuestion,
  type QuizCardInput,
  type QuizFormat,
  type QuizLength,
  type QuizQuestion,
  type QuizResponse,
  type QuizSourceCard,
  type TrueFalseQuestion,
  type TypedQuestion,
} from "./types";
export { describeResponse } from "./describe-response";
