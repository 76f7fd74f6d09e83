import { parseDate } from "./parse-date";
import type { QuizCardInput } from "./types";

/** The kind of thing an answer is; wrong options are only borrowed between answers of one kind. */
export type AnswerType = "date" | "year" | "month" | "number" | "person" | "title" | "name" | "text";

export type CardRelation =
  | { kind: "person_title"; person: string; title: string }
  | { kind: "event_date"; event: string; date: string };

export interface CardClassification {
  answerType: AnswerType;
  /** The pair a matching question can use, or null when the card states no matchable relation. */
  relation: CardRelation | null;
}

const NAME_PARTICLES = new Set([
  "de", "van", "von", "der", "den", "bin", "al", "la", "le", "da", "di", "du", "dos", "del", "y",
]);
const WHO_IS = /^\s*who\s+(?:is|was|are|were)\s+(.+?)\s*\?\s*$/i;
const YEAR = /^\s*(?:in\s+)?(1\d{3}|2\d{3})\s*$/i;
const MONTH = /^\s*(?:in\s+)?(jan(uary)?|feb(ruary)?|march|april|may|june|july|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?\s*$/i;
const ARTICLE = /^(the|a|an)\s/i;

/** "Ken Gause", "Kim Jong-un", "Jo Yong Won", "Ursula von der Leyen": up to five capitalised words. */
function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || words.length > 5 || /\d/.test(text)) return false;
  if (/^(the|a|an)$/i.test(words[0])) return false;
  let capitalised = 0;
  for (const word of words) {
    if (/^\p{Lu}[\p{L}'’.-]*$/u.test(word)) capitalised += 1;
    else if (!NAME_PARTICLES.has(word)) return false;
  }
  return capitalised > 0 && /^\p{Lu}/u.test(words[0]);
}

function stripLeadingArticle(text: string): string {
  return text.trim().replace(/^(the|a|an)\s+/i, "");
}

/**
 * Infers what a card's answer is and which matching relation it states, from the prompt and answer
 * forms alone: "Who is <name>?" → <title> and "Who is the <title>?" → <name> give person ↔ title;
 * any card whose answer is a date gives event ↔ date (the event is the prompt as written).
 *
 * @example
 * classifyCard({ ...card, prompt: "Who is Ken Gause?", answer: "senior analyst at CNA" }).relation
 * // { kind: "person_title", person: "Ken Gause", title: "senior analyst at CNA" }
 */
export function classifyCard(card: Pick<QuizCardInput, "kind" | "prompt" | "answer">): CardClassification {
  const answer = card.answer.trim();

  if (parseDate(answer)) {
    return { answerType: "date", relation: { kind: "event_date", event: card.prompt.trim(), date: answer } };
  }
  if (YEAR.test(answer)) {
    const relation: CardRelation | null = /^\s*when\b/i.test(card.prompt)
      ? { kind: "event_date", event: card.prompt.trim(), date: answer }
      : null;
    return { answerType: "year", relation };
  }
  if (/\d/.test(answer)) return { answerType: "number", relation: null };

  if (MONTH.test(answer)) return { answerType: "month", relation: null };

  // The generator words who-is cards two ways: "Who is <name>?" → description, and
  // "Who is the <description>?" → name. The article tells them apart, even for capitalised titles
  // ("Who is the French Foreign Minister?").
  const whoIs = card.kind === "question" ? WHO_IS.exec(card.prompt) : null;
  if (whoIs) {
    const subject = whoIs[1];
    if (ARTICLE.test(subject) && looksLikeName(answer)) {
      return { answerType: "person", relation: { kind: "person_title", person: answer, title: stripLeadingArticle(subject) } };
    }
    if (!ARTICLE.test(subject) && looksLikeName(subject)) {
      // Any answer to "Who is <name>?" is a description, capitalised or not ("Chinese Foreign Minister").
      return { answerType: "title", relation: { kind: "person_title", person: subject, title: stripLeadingArticle(answer) } };
    }
  }
  return { answerType: looksLikeName(answer) ? "name" : "text", relation: null };
}
