import { TITLE_HEADS } from "./title-words";
import type { Entity, Token, TitlePair } from "./types";

const STOP_BEFORE = new Set(["Determiner", "Pronoun", "Preposition", "Verb", "Conjunction", "Adverb", "QuestionWord"]);
const NOT_TITLE_START = /^(?:said|says|who|which|whose|according|told|added|the\s+(?:first|last)|in|at|on|and|but|as|while|was|is)\b/i;

/**
 * Finds who holds which title in a sentence: "French Foreign Minister Catherine Colonna" (prefix),
 * "Ken Gause, senior adversary analytics specialist at …, said" (appositive) and
 * "Thomas Zurbuchen is an associate administrator of …" (copular). Plural descriptions are refused.
 *
 * @example
 * extractTitles(tokens, entities, "Ken Gause, senior analyst at CNA, said so.", 0)[0]
 * // { name: "Ken Gause", title: "senior analyst at CNA", form: "appositive", … }
 */
export function extractTitles(tokens: Token[], entities: Entity[], sentenceText: string, sentenceStart: number): TitlePair[] {
  const out: TitlePair[] = [];
  // compromise sometimes takes a name for a place ("Donna Hill"): a two- or three-word "place" that is no city,
  // country or region is a candidate too, and becomes a person only if a title follows it.
  const namelike = (e: Entity) => e.type === "place" && e.text.split(" ").length <= 3 && !tokens.some((t) => t.start >= e.start && t.end <= e.end && (t.tags.has("City") || t.tags.has("Country") || t.tags.has("Region")));
  const candidates = entities.filter((e) => (e.type === "person" || namelike(e) || (e.type === "thing" && e.text.split(" ").length <= 4 && !/\d/.test(e.text))) && e.text.includes(" "));
  for (const person of candidates) {
    const before = out.length;
    const prefix = person.type === "place" ? undefined : prefixTitle(tokens, person);
    if (prefix) out.push({ name: person.text, ...prefix, form: "prefix" });
    const rest = sentenceText.slice(person.end - sentenceStart);
    const appositive = /^,\s+(?:(?:a|an|the)\s+)?([^,;“”"():]+?)(?:,|\.\s*$|$)/.exec(rest);
    if (appositive && !prefix) {
      const phrase = appositive[1].trim();
      if (isTitlePhrase(phrase)) {
        const at = person.end + rest.indexOf(phrase);
        out.push({ name: person.text, title: phrase.replace(/\.$/, ""), start: at, end: at + phrase.length, form: "appositive" });
      }
    }
    const copular = /^\s+(?:is|was)\s+(?:a|an|the)\s+([^,;“”"]+?)(?:,|\.\s*$)/.exec(rest);
    if (copular) {
      const phrase = copular[1].trim();
      if (isTitlePhrase(phrase)) {
        const at = person.end + rest.indexOf(phrase);
        out.push({ name: person.text, title: phrase, start: at, end: at + phrase.length, form: "copular" });
      }
    }
    if (out.length > before) person.type = "person";
  }
  return out;
}

function prefixTitle(tokens: Token[], person: Entity): { title: string; start: number; end: number } | undefined {
  let k = tokens.findIndex((t) => t.start >= person.start) - 1;
  if (k < -1) return undefined;
  const collected: Token[] = [];
  for (; k >= 0; k--) {
    const t = tokens[k];
    if (!/^\s+$/.test(t.post) && !(collected.length === 0 && t.end === person.start - 1)) break;
    const capital = /^[A-Z]/.test(t.text);
    const ofTitle = t.text === "of" && k > 0 && /^[A-Z]/.test(tokens[k - 1].text) && isHead(tokens[k - 1]) && collected.length > 0 && /^[A-Z]/.test(collected[0].text);
    if (ofTitle) {
      collected.unshift(t);
      continue;
    }
    const modifier = TITLE_HEADS.has(t.text.toLowerCase()) || /^(?:former|acting|deputy|vice|senior|chief|head|interim|assistant|associate|top|national|foreign|defense|defence)$/i.test(t.text);
    const blocked = !modifier && [...STOP_BEFORE].some((tag) => t.tags.has(tag)) && !t.tags.has("Noun") && !t.tags.has("Actor");
    if (/['’]s$/.test(t.text) || (!capital && blocked) || (capital && t.tags.has("Verb") && !t.tags.has("Noun") && !(collected.length > 0 && /^[A-Z]/.test(collected[0].text) && !t.tags.has("PastTense")))) break;
    if (!capital && !modifier && !t.tags.has("Noun") && !t.tags.has("Adjective")) break;
    collected.unshift(t);
    if (collected.length > 6) return undefined;
  }
  const ofAt = collected.findIndex((t) => t.text === "of");
  while (collected.length > 0 && !isHead(collected[collected.length - 1]) && !(ofAt > 0 && collected.length - 1 > ofAt)) collected.pop();
  if (collected.length === 0) return undefined;
  const last = collected[collected.length - 1];
  if (last.tags.has("Plural")) return undefined;
  const start = collected[0].start;
  const end = last.end;
  const title = collected.map((t, i) => t.text + (i < collected.length - 1 ? " " : "")).join("");
  return { title, start, end };
}

function isHead(t: Token): boolean {
  const w = t.text.toLowerCase().replace(/\.$/, "");
  return TITLE_HEADS.has(w) || (t.tags.has("Actor") && !t.tags.has("Plural") && !t.tags.has("Person"));
}

function isTitlePhrase(phrase: string): boolean {
  if (NOT_TITLE_START.test(phrase) || /[.!?]\s+[a-z]/.test(phrase)) return false;
  const words = phrase.toLowerCase().replace(/[.]/g, "").split(/\s+/);
  if (words.length > 28 || words.length === 0) return false;
  const head = words.slice(0, 8).findIndex((w) => TITLE_HEADS.has(w));
  if (head < 0) return false;
  const plural = words.slice(0, 8).some((w) => w.endsWith("s") && TITLE_HEADS.has(w.slice(0, -1)));
  return !plural;
}
