import { ANAPHORIC_HEADS, FUNCTION_WORDS } from "./word-lists";

const PRONOUN = /\b(?:he|she|they|them|him|we|us|it)\b/i;
const DUMMY_IT = /\bit (?:is|was|would be|will be|has been) (?:(?:not|also|still|now) )?(?:[a-z]+ )?(?:to|that)\b|\bit (?:is|was) (?:the first|a first)\b/gi;
const DEMONSTRATIVE_START = /^(?:This|That|These|Those|His|Her|Its|Their|Such)\b/;
const EXPLICIT = /\b(?:each one|each of (?:them|these|those)|one of (?:them|these|those)|the two (?:sides|countries|nations|leaders|men|women|groups|companies|teams)|both (?:sides|countries|nations|leaders|men|women|groups|companies|teams)|the (?:latter|former)(?! [a-z]+ (?:of|for|at)\b)|(?:these|those|this|that|such) (?:developments?|moves?|steps?|decisions?|issues?|efforts?|measures?|plans?|actions?|remarks?|comments?|events?|incidents?|reports?|claims?|findings?|results?|changes?|problems?|concerns?|cases?|ones?))\b/i;
/** "in this layer", "these rules": a demonstrative points at something the card does not show. */
const DEMONSTRATIVE = /\b(?:this|these|those)\s+(?!(?:is|are|was|were|has|have|had|will|would|can|could|may|might)\b)[a-z]+/i;
/** Times only the article's own date anchors. */
const RELATIVE_TIME = /\b(?:last week|this week|next week|yesterday|today|tomorrow|earlier this (?:week|month|year)|later this (?:week|month|year)|the (?:week|day|month|year) before|the previous (?:week|day|month|year)|a week earlier|days? earlier|weeks? earlier)\b/i;
/** "Previous launch attempts…", "Each provider…", "The third group…": of what, the card does not say. */
const BARE_SUBJECT = /^(?:previous|earlier|other|each|both|one|another|the (?:first|second|third|fourth|other|new|same|latter|former))\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s?\s+(?:is|are|was|were|has|have|had|will|would|can|could|did|do|does|[a-z]+ed|[a-z]+s)\b/i;
/** "Others turned to…", "Here on July 29…": a subject or place that only the article around it resolves. */
const PRONOUN_SUBJECT = /^(?:Others|Some|Many|Most|Several|Few|All|Here|There,)\s+(?!of\b)[a-z]/;
/** "…spoiled in this _____.": the blank itself is the thing pointed at. */
const DEMONSTRATIVE_GAP = /\b(?:this|these|those|that)\s+_____/i;
const UNIQUE = new Set("world public past future first last same most rest end beginning time moment day year week month morning evening night".split(" "));
const POSTMODIFIER = /^\s+(?:of|in|at|for|from|that|who|which|on|to|between|with|by|known|called|named|dubbed|whose|where|when)\b/;
const SKIP = new Set([...FUNCTION_WORDS, "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "did", "does", "do"]);

/** `hard`: no reader could resolve it ("it", "the two sides", "the missile"); otherwise it only weakens the card. */
export interface VagueReference {
  words: string;
  hard: boolean;
}

/**
 * Finds a reference a card's reader could not resolve weeks later without the article: a pronoun ("it", "they"),
 * a demonstrative or possessive opening ("These developments…", "Its…"), "the two sides", or a bare definite noun
 * phrase whose noun the article introduced earlier ("the missile" after "a Hwasong-18 missile"). Quotations are
 * not searched. Returns the offending words, or undefined when the prompt stands alone.
 *
 * @example
 * findVagueReference("The two sides signed _____.", new Set()) // { words: "the two sides", hard: true }
 * findVagueReference("The missile flew _____ km.", new Set(["missile"])) // { words: "the missile", hard: true }
 * findVagueReference("The study appeared in _____.", new Set(["study"])) // { words: "the study", hard: false }
 */
export function findVagueReference(prompt: string, earlierNouns: ReadonlySet<string>, names: ReadonlySet<string> = new Set()): VagueReference | undefined {
  const outside = prompt.replace(/“[^”]*”?|"[^"]*"?/g, (q) => " ".repeat(q.length)).replace(DUMMY_IT, (m) => " ".repeat(m.length));
  const pronoun = PRONOUN.exec(outside);
  // "Russia has suggested it will help…": a name before the pronoun in the same prompt is its antecedent.
  const hard = (words: string): VagueReference => ({ words, hard: true });
  // They, we: a card never says who; "he", "she" and "it" may lean on a name earlier in the same prompt
  // ("When Deaton first went to the Games, he competed…").
  if (pronoun && !/^(?:it|he|she)$/i.test(pronoun[0])) return hard(pronoun[0]);
  if (pronoun && !hasName(outside.slice(0, pronoun.index), names)) return hard(pronoun[0]);
  const opening = DEMONSTRATIVE_START.exec(outside.trimStart()) ?? BARE_SUBJECT.exec(outside.trimStart()) ?? PRONOUN_SUBJECT.exec(outside.trimStart()) ?? DEMONSTRATIVE_GAP.exec(outside);
  if (opening) return hard(opening[0]);
  const explicit = EXPLICIT.exec(outside) ?? DEMONSTRATIVE.exec(outside) ?? RELATIVE_TIME.exec(outside);
  if (explicit) return hard(explicit[0]);
  for (const m of outside.matchAll(/\bthe((?:\s+[a-z][a-z-]*){1,3})/gi)) {
    const words = m[1].trim().split(/\s+/);
    let take = 0;
    while (take < words.length && !SKIP.has(words[take].toLowerCase()) && !/(?:ed|ing|ly)$/.test(words[take])) take++;
    if (take === 0 || words.slice(0, take).some((w) => /^[A-Z0-9]/.test(w))) continue;
    // Without parts of speech, the noun phrase ends at the first noun the article used before ("the missile flew").
    const known = words.slice(0, take).findIndex((w) => earlierNouns.has(w.toLowerCase()) || earlierNouns.has(w.toLowerCase().replace(/(?<=[^s])s$/, "")));
    const runEnd = m.index! + m[0].length - m[1].length + m[1].indexOf(words[take - 1]) + words[take - 1].length;
    if (POSTMODIFIER.test(outside.slice(runEnd))) continue; // "the satellite launch of North Korea"
    if (known >= 0) take = known + 1;
    const head = words[take - 1].toLowerCase();
    const singular = head.replace(/(?:ies)$/, "y").replace(/(?<=[^s])s$/, "");
    const listed = ANAPHORIC_HEADS.has(head) || ANAPHORIC_HEADS.has(singular);
    // A listed head ("the treatment", "the deal") points back even where the article named it otherwise before.
    if (UNIQUE.has(singular) || !(earlierNouns.has(head) || earlierNouns.has(singular) || listed)) continue;
    if (!listed && take > 1) continue;
    const after = outside.slice(m.index! + m[0].length - m[1].length + m[1].indexOf(words[take - 1]) + words[take - 1].length);
    if (POSTMODIFIER.test(after)) continue;
    const introduced = new RegExp(`\\b(?:a|an)\\s+(?:[a-z-]+\\s+){0,3}${escape(head)}\\b`, "i").test(outside.slice(0, m.index));
    if (introduced) continue;
    return { words: `the ${words.slice(0, take).join(" ")}`, hard: listed };
  }
  return undefined;
}

/** A name the article uses (or, mid-sentence, any capitalised word) before the pronoun: its antecedent. */
function hasName(before: string, names: ReadonlySet<string>): boolean {
  for (const name of names) if (before.includes(name)) return true;
  return /\s(?!(?:The|A|An|In|On|At|As|For|By|With|From|After|Before|When|While)\b)[A-Z][\w’'.-]*[a-z]/.test(before);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
