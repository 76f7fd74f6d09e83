import type { Token } from "./types";

export interface PhraseSpan {
  text: string;
  start: number;
  end: number;
  kind: "phrase" | "attribute";
}

const GENERIC = new Set(
  "country countries region world move report statement team teams  thing things time times part parts number kind lot effort question matter year years day days people man woman men women fact place area case point group end right level other others side use".split(" "),
);
const LEADING_DROP = new Set(["other", "many", "more", "most", "such", "some", "several", "any", "much", "few", "all", "each", "every", "own", "same", "further"]);
const COPULA = /^(?:is|are|was|were|be|been|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|look|looks|looked|become|became)$/i;

/**
 * Finds common-noun phrases ("spy satellite", "modern fighter aircraft") and predicate attributes
 * ("transparent and peaceful") a cloze can blank. Proper names, dates and numbers are handled elsewhere.
 *
 * @example
 * extractPhrases(tokens, "Pyongyang wants a spy satellite.", 0).map((p) => p.text) // ["spy satellite"]
 */
export function extractPhrases(tokens: Token[], sentenceText: string, sentenceStart: number): PhraseSpan[] {
  const out: PhraseSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNounish(tokens[i], i === 0)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && (/^\s+$/.test(tokens[j].post) || /^[-–]$/.test(tokens[j].post)) && isNounish(tokens[j + 1])) j++;
    let a = i;
    while (a <= j && (LEADING_DROP.has(tokens[a].text.toLowerCase()) || tokens[a].tags.has("Gerund") || /ing$/.test(tokens[a].text) && a < j || !tokens[a].tags.has("Noun") && a === j)) a++;
    if (a <= j && a > 0 && /ly$/.test(tokens[a - 1].text) && tokens[a - 1].tags.has("Adverb")) {
      i = j + 1;
      continue;
    }
    let b = j;
    while (b >= a && !tokens[b].tags.has("Noun")) b--;
    if (b >= a && b - a < 4 && !(a === b && GENERIC.has(tokens[b].text.toLowerCase())) && !GENERIC.has(tokens[b].text.toLowerCase()) || (b >= a && b - a < 4 && a < b)) {
      const nextTok = tokens[b + 1];
      const verbLike =
        b > a &&
        ((/s$/.test(tokens[b].text) && nextTok?.text === "to" && tokens[b + 2]?.tags.has("Verb")) ||
          (nextTok !== undefined && /^\s+$/.test(tokens[b].post) && (/^(?:its|their|his|her|the|a|an|our|this|these)$/i.test(nextTok.text))));
      if (verbLike) b--;
      const after = tokens[b + 1];
      const truncated = after !== undefined && /^\s+$/.test(tokens[b].post) && /^[a-z]/.test(after.text) && after.tags.has("Noun") && !after.tags.has("Pronoun") && b === j;
      const endsInVerb = b > a && (tokens[b].tags.has("Gerund") || (/ing$/.test(tokens[b].text) && tokens[b + 1]?.tags.has("Adverb")));
      if (endsInVerb) b--;
      const relativeVerb = a === b && a > 0 && /^(?:which|that|who)$/i.test(tokens[a - 1].text);
      const p = b >= a && !truncated && !relativeVerb && !(a === b && GENERIC.has(tokens[b].text.toLowerCase())) ? span(tokens, a, b, sentenceText, sentenceStart, "phrase") : undefined;
      if (p && p.text) out.push(p);
    }
    i = j + 1;
  }
  for (let k = 0; k < tokens.length; k++) {
    if (!COPULA.test(tokens[k].text)) continue;
    let a = k + 1;
    if (tokens[a]?.text === "to" && tokens[a + 1]?.text === "be") a += 2;
    while (a < tokens.length && tokens[a].tags.has("Adverb") && /^\s+$/.test(tokens[a - 1].post)) a++;
    if (!tokens[a]?.tags.has("Adjective") || tokens[a].tags.has("Noun")) continue;
    let b = a;
    while (b + 2 < tokens.length && tokens[b + 1].text === "and" && tokens[b + 2].tags.has("Adjective") && /^\s+$/.test(tokens[b].post)) b += 2;
    if (tokens[b + 1]?.tags.has("Noun") && /^\s+$/.test(tokens[b].post)) continue; // an attributive adjective
    out.push(span(tokens, a, b, sentenceText, sentenceStart, "attribute"));
  }
  return out;
}

function isNounish(t: Token, first = false): boolean {
  if (first && /^[A-Z][a-z]+$/.test(t.text) && t.tags.has("Noun") && !t.tags.has("ProperNoun") && !t.tags.has("Person") && !t.tags.has("Place") && !t.tags.has("Organization") && !t.tags.has("Pronoun") && !t.tags.has("Determiner")) return true;
  if ((/[-–]$/.test(t.post) || t.tags.has("Hyphenated")) && (/^[A-Z]/.test(t.text) || t.tags.has("Verb") && !t.tags.has("Noun"))) return false;
  if (/^[A-Z]/.test(t.text) || /\d/.test(t.text)) return false;
  if (t.tags.has("Pronoun") || t.tags.has("Date") || t.tags.has("Value") || t.tags.has("Determiner") || t.tags.has("Possessive")) return false;
  if (t.tags.has("Verb") && !t.tags.has("Noun")) return false;
  if (t.tags.has("Adverb") || t.tags.has("Preposition") || t.tags.has("Conjunction") || t.tags.has("Comparative") || t.tags.has("Superlative")) return false;
  return t.tags.has("Noun") || t.tags.has("Adjective");
}

function span(tokens: Token[], a: number, b: number, sentenceText: string, sentenceStart: number, kind: PhraseSpan["kind"]): PhraseSpan {
  const start = tokens[a].start;
  if (a > 0 && /[-–]$/.test(tokens[a - 1].post)) return { text: "", start, end: start, kind };
  const end = tokens[b].end;
  return { text: sentenceText.slice(start - sentenceStart, end - sentenceStart), start, end, kind };
}
