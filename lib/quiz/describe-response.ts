import type { QuizQuestion, QuizResponse } from "./types";

/**
 * The reader's answer in words, for the results list: the chosen option, "True"/"False", the typed text,
 * or the matching pairs as "left → right; …".
 *
 * @example
 * describeResponse(mcQuestion, { format: "multiple_choice", optionIndex: 2 }) // mcQuestion.options[2]
 */
export function describeResponse(question: QuizQuestion, response: QuizResponse): string {
  if (question.format === "multiple_choice" && response.format === "multiple_choice") return question.options[response.optionIndex] ?? "—";
  if (question.format === "true_false" && response.format === "true_false") return response.value ? "True" : "False";
  if (question.format === "typed" && response.format === "typed") return response.text.trim() || "(blank)";
  if (question.format === "matching" && response.format === "matching") {
    return response.pairs.map((p) => `${question.left[p.left] ?? "?"} → ${question.right[p.right] ?? "?"}`).join("; ") || "(no pairs)";
  }
  return "—";
}
