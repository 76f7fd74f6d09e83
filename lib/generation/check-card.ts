import { detectAnswerLeak } from "./detect-answer-leak";
import { detectPronounLean } from "./detect-pronoun-lean";
import { GAP } from "./render-prompt";
import type { GeneratedCard } from "./types";
import { FUNCTION_WORDS } from "./word-lists";

export type CardFault =
  | "bad-shape"
  | "gap-count"
  | "offsets"
  | "pronoun"
  | "vague-subject"
  | "answer-leak"
  | "quote-gap"
  | "function-word-answer"
  | "demonym-answer"
  | "long-answer"
  | "when-date-subject"
  | "bad-distractors"
  | "duplicate"
  | "confusable";

const PRONOUN_START = /^(?:["“]\s*)?(?:he|she|they|it|this|that|these|those|his|her|its|their|we|i|you|them|him)\b/i;
const PRONOUN_SAID = /\b(?:he|she|they)\s+(?:said|says|added|continued|told)\b/i;
const VAGUE_START = /^(?:["“]\s*)?(?:the|this|that)\s+(?:agency|company|group|official|officials|organization|country|source|spokesman|spokeswoman)\b/i;
const ATTRIBUTION = /\b(?:said|says|told|added|declared|according to|wrote|asked|stated)\b/i;
const DEMONYM = /^(?:(?:north|south|east|west)\s+)?(?:[A-Z][a-z]+(?:an|ian|ean|ese|ish|i|ic|ch))$/;
const NOT_DEMONYM = new Set(["Washington", "Pentagon", "Taiwan", "Japan", "Iran", "Oman", "Sudan", "Afghanistan", "Pakistan", "Kazakhstan", "Bhutan", "Vatican", "Jordan", "Yemen", "Lebanon", "Bahrain", "Brunei", "Kuwait", "Haiti", "Mali", "Malawi", "Burundi", "Helsinki", "Delhi", "Karachi", "Nairobi", "Munich", "Zurich", "Brian", "Christian", "Ian", "Dan", "Jan", "Susan", "Megan", "Morgan", "Duncan", "Obama", "Tehran", "Milan", "Japan", "Nauru"]);

/**
 * Checks one card against the rules a good deck never breaks and returns the faults found (empty when sound).
 * `text` is the article text the offsets point into. Used as the generator's last filter and by the evaluation.
 *
 * @example
 * checkCard({ kind: "cloze", prompt: "He said _____ won.", answer: "Mahama", … }, text) // ["pronoun"]
 */
export function checkCard(card: GeneratedCard, text: string): CardFault[] {
  const faults: CardFault[] = [];
  if (!card || typeof card.prompt !== "string" || typeof card.answer !== "string" || !card.source) return ["bad-shape"];
  if ((card.kind !== "cloze" && card.kind !== "question") || !card.prompt.trim() || !card.answer.trim() || !card.factKey) faults.push("bad-shape");
  if (!Number.isFinite(card.score) || card.score < 0 || card.score > 1) faults.push("bad-shape");
  const gaps = card.prompt.split(GAP).length - 1;
  if (card.kind === "cloze" ? gaps !== 1 : gaps !== 0 || !card.prompt.endsWith("?")) faults.push("gap-count");
  const { sentence, start, end } = card.source;
  if (!(start >= 0 && end <= text.length && start < end && text.slice(start, end) === sentence)) faults.push("offsets");
  const quoteLed = /^["“]/.test(card.prompt) && ATTRIBUTION.test(card.prompt.replace(/“[^”]*”|"[^"]*"/g, " "));
  if ((!quoteLed && PRONOUN_START.test(card.prompt)) || PRONOUN_SAID.test(card.prompt)) faults.push("pronoun");
  if (VAGUE_START.test(card.prompt)) faults.push("vague-subject");
  const reported = /^Who said (.+)\?$/.exec(card.prompt);
  if (reported && detectPronounLean(reported[1])) faults.push("pronoun");
  if (detectAnswerLeak(card.prompt.split(GAP).join(" "), card.answer, card.aliases.filter((a) => a.length >= 4))) faults.push("answer-leak");
  if (card.kind === "cloze" && gapInSpeakerlessQuote(card.prompt)) faults.push("quote-gap");
  const answer = card.answer.trim();
  if (FUNCTION_WORDS.has(answer.toLowerCase())) faults.push("function-word-answer");
  if (isDemonym(answer) || /\b(?:North|South|East|West) _____/.test(card.prompt) && /^[A-Z][a-z]+(?:an|ese)$/.test(answer)) faults.push("demonym-answer");
  const isTitleAnswer = card.kind === "question" && /^Who (?:is|was) [^?]+\?$/.test(card.prompt) && !/^Who (?:is|was) the\b/.test(card.prompt);
  if (/^Who (?:is|was) the\b/.test(card.prompt) && answer.split(/\s+/).length > 6) faults.push("long-answer");
  if (!isTitleAnswer && answer.split(/\s+/).length > 6) faults.push("long-answer");
  if (/^When (?:did|was|were)\s+(?:earlier|later|last|this|next|the (?:next|following|previous))\b/i.test(card.prompt)) faults.push("when-date-subject");
  const d = card.distractors;
  if (!Array.isArray(d) || d.length > 3 || new Set(d.map((x) => x.toLowerCase())).size !== d.length || d.some((x) => !x.trim() || x.toLowerCase() === answer.toLowerCase())) faults.push("bad-distractors");
  return faults;
}

function gapInSpeakerlessQuote(prompt: string): boolean {
  const at = prompt.indexOf(GAP);
  const before = prompt.slice(0, at);
  const opens = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0) + ((before.match(/"/g)?.length ?? 0) % 2);
  if (opens <= 0) return false;
  const openAt = Math.max(before.lastIndexOf("“"), before.lastIndexOf('"'));
  const closeAt = prompt.slice(at).search(/[”"]/);
  const quoted = prompt.slice(openAt + 1, closeAt < 0 ? prompt.length : at + closeAt).replace(GAP, "x");
  if (quoted.split(/\s+/).length <= 4) return false; // a name or scare quote, not a quotation
  const outside = prompt.replace(/“[^”]*”|"[^"]*"/g, " ").replace(/“[^”]*$/, " ");
  return !/\b(?:said|says|told|added|declared|according to|wrote|asked|stated)\b/i.test(outside);
}

function isDemonym(answer: string): boolean {
  if (NOT_DEMONYM.has(answer) || answer.includes(" ") && !/^(?:North|South|East|West) /.test(answer)) return false;
  return DEMONYM.test(answer) && !/(?:stan|land|ia)$/.test(answer) && /(?:an|ese|ish|ian|i|ch)$/.test(answer) && /^(?:(?:North|South|East|West) )?(?:American|Korean|Russian|Chinese|French|British|German|Japanese|Iranian|Ukrainian|Indian|Israeli|Iraqi|Afghan|Pakistani|Mexican|Canadian|Australian|European|African|Asian|Italian|Spanish|Turkish|Syrian|Saudi|Brazilian|Nigerian|Kenyan|Ghanaian|Egyptian|Polish|Dutch|Swedish|Norwegian|Danish|Finnish|Greek|Irish|Scottish|Welsh|English|Palestinian|Lebanese|Vietnamese|Thai|Filipino|Indonesian|Malaysian|Korean|Taiwanese|Cuban|Venezuelan|Colombian|Argentine|Chilean|Peruvian|Ethiopian|Somali|Sudanese|Libyan|Tunisian|Moroccan|Algerian|Belarusian|Georgian|Armenian|Hungarian|Romanian|Bulgarian|Serbian|Croatian|Czech|Slovak|Austrian|Swiss|Belgian|Portuguese)$/.test(answer);
}
