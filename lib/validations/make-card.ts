import { z } from "./zod";
import { GAP } from "@/lib/generation/render-prompt";
import { findAnswer } from "@/lib/making/find-answer";

export const MAX_OWN_SENTENCE_CHARS = 1000;
export const MAX_OWN_ANSWER_CHARS = 80;
export const MAX_OWN_QUESTION_CHARS = 300;

const words = (s: string) => s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** An offset from the page (a hint to tell apart repeated words), or nothing: an empty field is no hint. */
const offset = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z.coerce.number({ error: "That position is not valid." }).int("That position is not valid.").min(0, "That position is not valid.").max(10_000_000, "That position is not valid.").optional(),
);

/**
 * "Make a card" from a passage of an article (the form on the article page, and the server): the sentence
 * the card comes from, and either the words of it to blank (a cloze) or a question with its answer. That the
 * sentence is in the article's text is checked against the article (buildOwnCard); the rest here.
 */
export const ZMakeCardSchema = z
  .object({
    articleId: z.string({ error: "Missing article." }).min(1, "Missing article.").max(64, "That article id is not valid."),
    kind: z.enum(["cloze", "question"], { error: "Choose a cloze or a question." }),
    sentence: z
      .string({ error: "Select or paste a sentence of the article." })
      .trim()
      .min(1, "Select or paste a sentence of the article.")
      .max(MAX_OWN_SENTENCE_CHARS, `Keep the passage under ${MAX_OWN_SENTENCE_CHARS} characters: one or two sentences.`)
      .refine((s) => words(s) >= 3, "A card needs a sentence of at least three words."),
    sentenceStart: offset,
    answer: z
      .string({ error: "Write the answer." })
      .transform((s) => s.replace(/\s+/gu, " ").trim())
      .pipe(z.string().min(1, "The answer cannot be empty.").max(MAX_OWN_ANSWER_CHARS, `Keep the answer short: at most ${MAX_OWN_ANSWER_CHARS} characters.`)),
    answerStart: offset,
    question: z.string().trim().max(MAX_OWN_QUESTION_CHARS, `Keep the question under ${MAX_OWN_QUESTION_CHARS} characters.`).optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.answer.includes(GAP)) ctx.addIssue({ code: "custom", path: ["answer"], message: `The answer cannot hold a blank (${GAP}).` });
    if (v.kind === "cloze") {
      const at = findAnswer(v.sentence, v.answer, v.answerStart);
      if (!at) {
        ctx.addIssue({ code: "custom", path: ["answer"], message: "The words to blank must be whole words of the sentence, written as they are there." });
      } else if (words(v.sentence.slice(0, at.start) + " " + v.sentence.slice(at.end)) < 2) {
        ctx.addIssue({ code: "custom", path: ["answer"], message: "Blank fewer words: leave at least two words of the sentence to read." });
      }
      return;
    }
    if (!v.question) ctx.addIssue({ code: "custom", path: ["question"], message: "Write the question." });
    else if (v.question.includes(GAP)) ctx.addIssue({ code: "custom", path: ["question"], message: `A question has no blank (${GAP}); make it a question.` });
    else if (v.answer.length >= 3 && v.question.toLowerCase().includes(v.answer.toLowerCase())) {
      ctx.addIssue({ code: "custom", path: ["question"], message: "The question gives its answer away: ask it without the answer." });
    }
  });
export type TMakeCardSchema = z.infer<typeof ZMakeCardSchema>;
