import { z } from "./zod";
import { GAP } from "@/lib/generation/render-prompt";

export const MAX_EDIT_ANSWER_CHARS = 120;
export const MAX_EDIT_PROMPT_CHARS = 500;
/** More than any deck holds (at most 6 cards per 100 words of at most 200,000 characters, plus suggestions). */
const MAX_CHOSEN_CARDS = 5000;

const id = z.string({ error: "Missing card." }).min(1, "Missing card.").max(64, "That card id is not valid.");

const prompt = z
  .string({ error: "Write the card's prompt." })
  .trim()
  .min(1, "The prompt cannot be empty.")
  .max(MAX_EDIT_PROMPT_CHARS, `Keep the prompt under ${MAX_EDIT_PROMPT_CHARS} characters.`);
const answer = z
  .string({ error: "Write the card's answer." })
  .trim()
  .min(1, "The answer cannot be empty.")
  .max(MAX_EDIT_ANSWER_CHARS, `Keep the answer short: under ${MAX_EDIT_ANSWER_CHARS} characters.`);

/** An edited cloze: the prompt keeps exactly one blank, where the answer goes. */
export const ZClozeEditSchema = z.object({
  prompt: prompt.refine((p) => p.split(GAP).length === 2, `Keep exactly one blank (${GAP}) where the answer goes.`),
  answer,
});

/** An edited question: a question, without a blank. */
export const ZQuestionEditSchema = z.object({
  prompt: prompt.refine((p) => !p.includes(GAP), `A question has no blank (${GAP}); make it a question.`),
  answer,
});
export type TCardEditSchema = z.infer<typeof ZClozeEditSchema>;

/**
 * Checks a reader's edit of a card of the given kind; the same check runs in the review screen and on the server.
 * @example validateCardEdit("cloze", { prompt: "Paris is in _____.", answer: "France" }) // { ok: true, value: {...} }
 */
export function validateCardEdit(
  kind: string,
  input: { prompt: string; answer: string },
): { ok: true; value: TCardEditSchema } | { ok: false; errors: Partial<Record<"prompt" | "answer", string>> } {
  const parsed = (kind === "cloze" ? ZClozeEditSchema : ZQuestionEditSchema).safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Partial<Record<"prompt" | "answer", string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === "prompt" || field === "answer") && !errors[field]) errors[field] = issue.message;
  }
  return { ok: false, errors };
}

/**
 * What the review screen saves: the cards the reader accepted, each with its edit if any (checked again
 * against the card's kind on the server). Every other card of the article stays out of the queue.
 */
export const ZSaveChosenCardsSchema = z.object({
  articleId: z.string({ error: "Missing article." }).min(1, "Missing article.").max(64, "That article id is not valid."),
  accepted: z
    .array(
      z.object({
        cardId: id,
        edit: z.object({ prompt: z.string().max(MAX_EDIT_PROMPT_CHARS * 2), answer: z.string().max(MAX_EDIT_ANSWER_CHARS * 2) }).optional(),
      }),
    )
    .max(MAX_CHOSEN_CARDS, "That is more cards than an article holds.")
    .refine((cards) => new Set(cards.map((c) => c.cardId)).size === cards.length, "A card was chosen twice."),
});
export type TSaveChosenCardsSchema = z.infer<typeof ZSaveChosenCardsSchema>;

export const ZAddSuggestionSchema = z.object({ cardId: id });
export type TAddSuggestionSchema = z.infer<typeof ZAddSuggestionSchema>;
