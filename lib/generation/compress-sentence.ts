import type { Span } from "./render-prompt";
import type { SentenceInfo } from "./types";
import { LINKING_OPENERS } from "./word-lists";

const SPEECH = "said|says|told|added|noted|argued|warned|explained|stated|wrote|believes|believe|thinks|according";
/** Where a trailing clause starts: what follows adds a second fact or a comment, not the fact being asked. */
const CLAUSE_BREAK =
  /(?:,\s+(?:which|who|whose|while|whereas|although|though|but|as|including|according|saying|adding|citing|making|meaning|amid|after|before|despite|with|where|when|in a|in an|a move|a step|an? [a-z]+ that|the [a-z]+ said)\b|;\s+|\s+[—–]\s+|\s+--\s+|:\s+|,?\s+and\s+(?=(?:has|have|had|is|are|was|were|will|would|could|can|did|also)\s))/g;
const LEADING_CLAUSE = /^(?:(?:Although|Though|While|After|Before|As|When|Because|Since|Despite|Following|Amid|Unlike|Like|With|Without|Once|If|In|At|On|During|By|For|Under|Over)\b[^,“”"]{3,90}),\s+(?=[A-Z“"]|the\b|a\b|an\b)/;

/**
 * The parts of a sentence a card can do without (absolute offsets): parentheticals, the attribution ("…, analysts
 * said", "According to X, …", "X said that …"), a leading subordinate or adverbial clause and the trailing clauses
 * after the fact. `keep` is the span the card is about (its gap, or the part a question is built on): nothing that
 * overlaps it is dropped, and a leading clause that holds a date or name the card needs stays unless `keep` is in it.
 *
 * @example
 * compressionDrops(info, gapSpan) // [{ start: 120, end: 134 }] → "…, analysts said" gone
 */
export function compressionDrops(info: SentenceInfo, keep: Span): Span[] {
  const s = info.sentence;
  const text = s.text;
  const drops: Span[] = [];
  const at = (i: number) => s.start + i;
  const add = (a: number, b: number) => {
    const span = { start: at(a), end: at(b) };
    if (span.end <= span.start || (span.start < keep.end && keep.start < span.end)) return;
    drops.push(span);
  };
  // A bare figure in brackets stays: "Nearly all (94%) of patients" would lose its grammar and its fact.
  for (const m of text.matchAll(/\s*\([^()]{1,160}\)/g)) if (!/^\s*\([\d.,]+\s*(?:%|percent)?\)$/.test(m[0])) add(m.index!, m.index! + m[0].length);
  // "The treatment, which deploys … known as omidubicel, was approved …": a fact inside the relative clause becomes
  // the main clause ("The treatment deploys … known as _____.").
  const relative = /^([A-Z][^,“”"]{2,60}?),\s+(?:which|who)\s+([^,“”"]{8,160}?),\s+(?=[a-z])/.exec(text);
  if (relative) {
    const clauseStart = relative[0].indexOf(relative[2]);
    const inside = keep.start >= at(clauseStart) && keep.end <= at(clauseStart + relative[2].length);
    if (inside) {
      add(relative[1].length, clauseStart - 1);
      add(clauseStart + relative[2].length, text.replace(/[.!?]["”’]?\s*$/, "").length);
      return drops;
    }
  }
  for (const span of attributionSpans(info)) add(span.start - s.start, span.end - s.start);
  // ", which violate sanctions," between a subject and its verb: the interposed clause adds a second fact.
  for (const m of text.matchAll(/,\s+(?:which|who|whose)\s+[^,;“”"]{3,120},\s+(?=(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|remains?|remained|became|[a-z]+ed)\b)/g)) {
    add(m.index!, m.index! + m[0].length - 1);
  }
  const opener = LINKING_OPENERS.exec(text);
  if (opener) add(0, opener[0].length);
  const lead = LEADING_CLAUSE.exec(text.slice(opener?.[0].length ?? 0));
  if (lead) {
    const from = opener?.[0].length ?? 0;
    const clause = { start: at(from), end: at(from + lead[0].length) };
    // "In Ariksat commune, …" or "At a U.N. meeting on November 27, …": a date or a name there limits the fact.
    const holdsContext =
      info.dates.some((d) => d.start >= clause.start && d.end <= clause.end) ||
      info.entities.some((e) => e.type !== "demonym" && e.start >= clause.start && e.end <= clause.end);
    if (!holdsContext) add(from, from + lead[0].length);
  }
  const end = text.replace(/[.!?]["”’]?\s*$/, "").length;
  const keepEnd = keep.end - s.start;
  // The first place after the kept span where a clause that adds nothing to the fact begins.
  let cutAt = restrictiveClauseAfter(info, keep.end);
  if (cutAt !== undefined && (cutAt - s.start >= end || insideQuote(text, cutAt - s.start))) cutAt = undefined;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index! < keepEnd || m.index! >= end || insideQuote(text, m.index!)) continue;
    if (cutAt !== undefined && s.start + m.index! >= cutAt) break;
    // ", which …," in the middle of a sentence: only the interposed clause goes; the main verb comes after it.
    const interposed = /^,\s+(?:which|who|whose)\b/.test(m[0]) ? /^[^,;“”"]*,\s+(?=(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|do|does|did|remains?|remained|became|becomes|[a-z]+ed|[a-z]+s)\b)/.exec(text.slice(m.index! + m[0].length)) : null;
    if (interposed) add(m.index!, m.index! + m[0].length + interposed[0].length - 1);
    else add(m.index!, end);
    return drops;
  }
  if (cutAt !== undefined) add(cutAt - s.start, end);
  return drops;
}

/**
 * Where a clause that only describes the thing before it starts, after `from`: "…a lunar terrain vehicle (LTV) that
 * Artemis astronauts will use…" (that/which/who after a noun) or "…, conducting research…" (a participle after a comma).
 */
function restrictiveClauseAfter(info: SentenceInfo, from: number): number | undefined {
  const tokens = info.tokens;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.start < from) continue;
    const prev = tokens[k - 1];
    if (/^(?:that|which|who)$/i.test(t.text) && prev.tags.has("Noun") && !prev.tags.has("Verb") && !prev.tags.has("Pronoun") && /^[\s)]+$/.test(prev.post.replace(/\)/, ") "))) {
      return prev.end + (prev.post.startsWith(")") ? 1 : 0);
    }
    if (/,\s*$/.test(prev.post) && /^[a-z]+ing$/.test(t.text) && t.tags.has("Verb") && k > 2) return prev.end;
  }
  return undefined;
}

/**
 * Spans of a sentence that only say who said it: "…, analysts said.", "According to X, …", "X said (on Monday)
 * (that) …" at the start. An answer inside one of them is incidental (which outlet, which spokesperson).
 *
 * @example
 * attributionSpans(info) // [{ start: 95, end: 111 }] for ", analysts said."
 */
export function attributionSpans(info: SentenceInfo): Span[] {
  const s = info.sentence;
  const text = s.text;
  const out: Span[] = [];
  const trailing = new RegExp(
    `,\\s+(?:(?:according to [^,“”"]{2,80})|(?:[^,“”"]{2,80}\\s+(?:${SPEECH})(?:\\s+(?:(?:on|last|this)\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|month|year|today|yesterday)[A-Za-z0-9 ,]{0,20}?)?)|(?:(?:${SPEECH})\\s+[^,“”"]{2,80}(?:,[^“”"]{3,160})?))(?=[.!?]["”’]?\\s*$)`,
  ).exec(text);
  if (trailing && !insideQuote(text, trailing.index)) out.push({ start: s.start + trailing.index, end: s.start + trailing.index + trailing[0].length });
  const according = /^According to [^,“”"]{2,80},\s+/.exec(text);
  if (according) out.push({ start: s.start, end: s.start + according[0].length });
  const saidThat = new RegExp(`^[A-Z][^,“”"]{1,70}?(?:,[^,“”"]{3,120},)?\\s+(?:said|says|told [A-Za-z. ]{2,30}|noted|argued|warned|explained|added)(?:\\s+(?:on|last|this)\\s+[A-Z][a-z]+)?\\s+(?:that\\s+)?(?=[A-Za-z])`).exec(text);
  if (saidThat && !/[“"]/.test(saidThat[0])) out.push({ start: s.start, end: s.start + saidThat[0].length });
  return out;
}

function insideQuote(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const curly = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  const straight = (before.match(/"/g)?.length ?? 0) % 2;
  return curly > 0 || straight === 1;
}
