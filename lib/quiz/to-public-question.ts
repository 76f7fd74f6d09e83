import type { PublicOption, PublicQuestion, QuizQuestion } from "./types";

const numbered = (texts: readonly string[]): PublicOption[] => texts.map((text, i) => ({ label: String(i + 1), text }));
const lettered = (texts: readonly string[]): PublicOption[] =>
  texts.map((text, i) => ({ label: String.fromCharCode(65 + i), text }));

/**
 * The browser's view of a question, built field by field from an allow-list so nothing that reveals
 * the answer (correct index, truth value, solution, answer, aliases, source sentence, card ids) can
 * slip through when the server-side type grows. Options are numbered "1"–"4" (the keyboard keys);
 * matching has numbered left items and lettered right items, each column in its own shuffled order.
 *
 * @example
 * toPublicQuestion(q) // { id: "q3", format: "multiple_choice", prompt: "Who is …?", options: [{ label: "1", text: "…" }, …] }
 */
export function toPublicQuestion(question: QuizQuestion): PublicQuestion {
  switch (question.format) {
    case "multiple_choice":
      return { id: question.id, format: "multiple_choice", prompt: question.prompt, options: numbered(question.options) };
    case "true_false":
      return { id: question.id, format: "true_false", statement: question.statement };
    case "typed":
      return { id: question.id, format: "typed", prompt: question.prompt };
    case "matching":
      return {
        id: question.id,
        format: "matching",
        relation: question.relation,
        instruction: question.instruction,
        left: numbered(question.left),
        right: lettered(question.right),
      };
  }
}
