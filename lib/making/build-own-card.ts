import { GAP } from "../generation/render-prompt";
import { hashText } from "../generation/hash-text";
import type { TMakeCardSchema } from "../validations/make-card";
import { findAnswer } from "./find-answer";
import { findPassage } from "./find-passage";

/** A card a reader made from a passage of an article, as stored (the service adds the article and the reader). */
export type TOwnCard = {
  kind: "cloze" | "question";
  prompt: string;
  answer: string;
  /** The passage exactly as the article's text has it, and where: the memory map and review screen place the card by these. */
  sourceSentence: string;
  sourceStart: number;
  sourceEnd: number;
  /** Unique per reader and card: the same card made twice has the same key (the database then refuses the second). */
  factKey: string;
};

export type TOwnCardResult = { ok: true; card: TOwnCard } | { ok: false; errors: Partial<Record<"sentence" | "answer", string>> };

/**
 * Builds the card a reader asked for (input checked by ZMakeCardSchema) against the article's text: the
 * passage must be in the text (white space may differ; the stored sentence is the text's own), and a cloze's
 * prompt is the passage with the chosen words blanked (`_____`) at the place the reader chose them.
 *
 * @example
 * buildOwnCard("Kim met Putin in Vostochny.", { kind: "cloze", sentence: "Kim met Putin in Vostochny.", answer: "Vostochny", question: "" }, "u1")
 * // { ok: true, card: { kind: "cloze", prompt: "Kim met Putin in _____.", answer: "Vostochny", sourceStart: 0, sourceEnd: 27, … } }
 */
export function buildOwnCard(
  text: string,
  input: Pick<TMakeCardSchema, "kind" | "sentence" | "sentenceStart" | "answer" | "answerStart" | "question">,
  ownerId: string,
): TOwnCardResult {
  const place = findPassage(text, input.sentence, input.sentenceStart);
  if (!place) {
    return { ok: false, errors: { sentence: "That passage is not in the article's text: select it in the text, or paste it exactly as written there." } };
  }
  const sourceSentence = text.slice(place.start, place.end);
  const flat = sourceSentence.replace(/\s+/gu, " ");
  let prompt: string;
  if (input.kind === "cloze") {
    const at = findAnswer(flat, input.answer, input.answerStart);
    if (!at) return { ok: false, errors: { answer: "The words to blank must be whole words of the sentence, written as they are there." } };
    prompt = flat.slice(0, at.start) + GAP + flat.slice(at.end);
  } else {
    prompt = input.question;
  }
  const factKey = `own:${ownerId}:${place.start}:${hashText(`${input.kind}\u0000${prompt}\u0000${input.answer}`)}`;
  return { ok: true, card: { kind: input.kind, prompt, answer: input.answer, sourceSentence, sourceStart: place.start, sourceEnd: place.end, factKey } };
}
