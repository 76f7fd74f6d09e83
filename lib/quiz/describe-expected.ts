import type { QuizQuestion } from "./types";

/**
 * The right answer of a question in words, for feedback and results: the right option, "True" or
 * "False", the typed answer, or the matching pairs as "left → right; …".
 *
 * @example
 * describeExpected(trueFalseQuestion) // "False"
 */
export function describeExpected(question: QuizQuestion): string {
  switch (question.format) {
    case "multiple_choice":
      return question.options[question.correctIndex] ?? question.answer;
    case "true_false":
      return question.isTrue ? "True" : "False";
    case "typed":
      return question.answer;
    case "matching":
      return question.pairs.map((pair) => `${pair.left} → ${pair.right}`).join("; ");
  }
}
