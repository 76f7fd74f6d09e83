import { finishQuestion, renderClause } from "./render-clause";
import type { Entity, SentenceInfo } from "./types";

/** Organisations that act as people ("the Security Council", "the White House"): "who" reads naturally for them. */
const PEOPLE_ORG = /\b(?:Party|Council|Committee|Congress|Court|Commission|Government|Ministry|Senate|Parliament|Assembly|House|Administration|Team|Association|Union|Army|Navy|Police|Board)\b/;

/**
 * Turns a sentence whose subject is the answer into a subject question ("Which country has not condemned …?").
 *
 * @example
 * makeSubjectQuestion(info, chinaEntity) // "Which country has not condemned Pyongyang’s satellite launch …?"
 */
export function makeSubjectQuestion(info: SentenceInfo, entity: Entity, subjectStart: number): string | undefined {
  const s = info.sentence;
  const lead = s.text.slice(0, subjectStart - s.start);
  if (lead.trim() !== "" && !/^[A-Z][^,“”"]{2,40},\s*(?:the\s+)?$/i.test(lead) && !/^the\s+$/i.test(lead)) return undefined;
  if (/^the\s+$/i.test(lead.trim() + " ") === false && /the\s+$/i.test(lead) && lead.trim().toLowerCase() !== "the") {
    // "In January, the White House…": keep the adverbial, drop the article with the subject.
  }
  const after = info.tokens.find((t) => t.start >= entity.end);
  if (!after || !after.tags.has("Verb") || after.tags.has("Gerund") || /^(?:is|are|was|were)$/.test(after.text) && entity.type === "person") return undefined;
  if (!/^\s/.test(s.text.slice(entity.end - s.start))) return undefined;
  const wh = entity.type === "person" ? "who" : entity.type === "org" ? (PEOPLE_ORG.test(entity.text) ? "who" : "which organization") : entity.type === "place" ? (entity.country ? "which country" : "which place") : "what";
  const leadText = renderClause(info, s.start, subjectStart, undefined).replace(/(?:^|\s)the\s+$/i, " ").replace(/^the\s+$/i, "").trim();
  const rest = renderClause(info, entity.end, s.end, undefined).replace(/[.!?]+["”]?$/, "");
  const question = `${leadText ? `${leadText} ` : ""}${wh}${rest}`;
  return finishQuestion(question);
}
