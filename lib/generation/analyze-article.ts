import { extractEntities } from "./extract-entities";
import { tokenizeText } from "./tokenize-text";
import { extractPhrases, type PhraseSpan } from "./extract-phrases";
import { extractQuantities } from "./extract-quantities";
import { extractTitles } from "./extract-titles";
import { resolveDates } from "./resolve-dates";
import { splitSentences } from "./split-sentences";
import { zipf } from "./word-lists";
import type { ArticleIndex, Entity, Replacement, SentenceInfo, Token } from "./types";

export interface AnalyzedArticle {
  infos: (SentenceInfo & { phrases: PhraseSpan[] })[];
  index: ArticleIndex;
  publishedAt?: Date;
}

const SUBJECT_PRONOUN = /^(He|She|They|It|This|That|These|Those|We|I|You|His|Her|Its|Their|There)\b/;
const SAID_PRONOUN = /\b(he|she|they)\s+(?:said|says|added|continued|told|noted|explained|declared|argued|wrote)\b/;
const VAGUE_START = /^(?:The|This|That)\s+(?:agency|company|group|official|officials|organization|country|source|spokesman|spokeswoman|man|woman|person|star|planet)\b/;

/**
 * Runs the per-sentence analysis (tokens, entities, dates, numbers, titles, phrases) and the article-wide
 * passes: canonical names for short mentions ("Samore" → "Gary Samore") and pronoun resolution from the
 * previous sentences ("She said" → "Catherine Colonna said"; "They found" → "The researchers found").
 *
 * @example
 * analyzeArticle("Ken Gause, senior analyst at CNA, spoke. He said yes.", undefined).infos[1].replacements[0].text
 * // "Ken Gause"
 */
export function analyzeArticle(text: string, publishedAt: Date | undefined): AnalyzedArticle {
  const sentences = splitSentences(text);
  const infos: AnalyzedArticle["infos"] = [];
  let previousDay: { y: number; m: number; d: number } | undefined;
  const tokenized = tokenizeText(text, sentences);
  for (const sentence of sentences) {
    const tokens = tokenized[sentence.index];
    const entities = extractEntities(tokens, sentence.text, sentence.start);
    const dates = resolveDates(sentence.text, sentence.start, publishedAt, previousDay);
    for (const d of dates) if (d.granularity === "day" && d.ymd?.y && d.ymd.m && d.ymd.d) previousDay = { y: d.ymd.y, m: d.ymd.m, d: d.ymd.d };
    const quantities = extractQuantities(sentence.text, sentence.start).filter((q) => !dates.some((d) => q.start < d.end && d.start < q.end));
    const titles = extractTitles(tokens, entities, sentence.text, sentence.start);
    const phrases = extractPhrases(tokens, sentence.text, sentence.start).filter(
      (p) => !dates.some((d) => p.start < d.end && d.start < p.end) && !entities.some((e) => p.start < e.end && e.start < p.end),
    );
    infos.push({ sentence, tokens, entities, dates, quantities, titles, phrases, replacements: [], unresolved: false });
  }
  const personByMention = canonicalPeople(infos);
  for (const info of infos) {
    for (const t of info.tokens) {
      const name = t.text.replace(/['’]s$/, "");
      if (!personByMention.has(name) || info.entities.some((e) => t.start < e.end && e.start < t.end)) continue;
      info.entities.push({ text: name, start: t.start, end: t.start + name.length, type: "person" });
    }
    info.entities.sort((a, b) => a.start - b.start);
    for (const e of info.entities) {
      const full = personByMention.get(e.text);
      if (full && e.type !== "person" && e.type !== "demonym") e.type = "person";
      if (e.type === "thing" && saidAfter(info, e)) e.type = "person";
    }
  }
  resolveReferents(infos, personByMention);
  attributeLongQuotes(infos, personByMention);
  for (const info of infos) writeOutRelativeDates(info);
  writeOutShortNames(infos);
  return { infos, index: buildIndex(infos, personByMention), publishedAt };
}

function saidAfter(info: SentenceInfo, e: Entity): boolean {
  const rest = info.sentence.text.slice(e.end - info.sentence.start);
  return e.text.split(" ").length >= 2 && e.text.split(" ").length <= 5 && /^(?:,[^,]{3,120},)?\s+(?:said|says|told|declared|added)\b/.test(rest);
}

function canonicalPeople(infos: SentenceInfo[]): Map<string, string> {
  const full = new Set<string>();
  for (const info of infos) {
    for (const e of info.entities) if ((e.type === "person" || (e.type === "thing" && saidAfter(info, e))) && e.text.includes(" ")) full.add(e.text);
    for (const t of info.titles) full.add(t.name);
  }
  const map = new Map<string, string>();
  for (const name of full) map.set(name, name);
  const parts = [...full].map((name) => ({ name, words: name.split(/\s+/) }));
  for (const info of infos) {
    for (const e of info.entities) {
      if (map.has(e.text)) continue;
      const matches = parts.filter((p) => p.words.includes(e.text) || p.words[p.words.length - 1] === e.text);
      if (matches.length === 1 && e.text.length > 2) map.set(e.text, matches[0].name);
    }
  }
  return map;
}

function firstPerson(info: SentenceInfo, personByMention: Map<string, string>): string | undefined {
  if (info.sentence.speakerless) return undefined;
  const replaced = info.replacements.find((r) => r.start === info.sentence.start || /^[A-Z]/.test(r.text));
  const quoted = quoteSpans(info.sentence.text, info.sentence.start);
  const people = info.entities.filter((e) => e.type === "person" && !quoted.some((q) => e.start >= q.start && e.end <= q.end)).sort((a, b) => a.start - b.start);
  const first = people[0];
  if (replaced && personByMention.has(replaced.text) && (!first || replaced.start <= first.start)) return replaced.text;
  return first ? (personByMention.get(first.text) ?? first.text) : undefined;
}

function quoteSpans(text: string, offset: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /“[^”]*(?:”|$)|"[^"]*(?:"|$)|^[^“”"]*”/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

/**
 * "The Bureau reached out…" after "the Veterans Bureau": a short form of a name the article gave in full is written
 * out, so that a card copied from the sentence says which bureau. Only when one earlier name ends with that word.
 */
function writeOutShortNames(infos: SentenceInfo[]): void {
  const earlier = new Set<string>();
  for (const info of infos) {
    const s = info.sentence;
    for (const e of info.entities) {
      if ((e.type !== "thing" && e.type !== "org") || /\s/.test(e.text) || !/\bthe\s+$/i.test(s.text.slice(0, e.start - s.start))) continue;
      if (info.replacements.some((r) => r.start < e.end && e.start < r.end)) continue;
      const full = [...earlier].filter((name) => name.endsWith(` ${e.text}`));
      if (full.length === 1) info.replacements.push({ start: e.start, end: e.end, text: full[0] });
    }
    for (const e of info.entities) if (/\s/.test(e.text) && (e.type === "thing" || e.type === "org")) earlier.add(e.text);
  }
}

/** A quotation spread over several sentences takes its speaker from the sentence that closes it. */
function attributeLongQuotes(infos: SentenceInfo[], personByMention: Map<string, string>): void {
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i];
    if (!info.sentence.speakerless || !/^[“"]/.test(info.sentence.text)) continue;
    for (let k = i + 1; k < infos.length && infos[k].sentence.paragraph === info.sentence.paragraph; k++) {
      const closing = infos[k];
      if (closing.sentence.speakerless) continue;
      const said = closing.replacements.find((r) => personByMention.has(r.text));
      if (!said || !/[”"]\s*,?\s*$/.test(closing.sentence.text.slice(0, said.start - closing.sentence.start).replace(/\s+$/, ""))) break;
      info.sentence = { ...info.sentence, speakerless: false };
      info.unresolved = false;
      info.replacements.push({ start: info.sentence.start, end: info.sentence.start, text: `${said.text} said: ` });
      info.replacements.push({ start: info.sentence.end, end: info.sentence.end, text: "”" });
      break;
    }
  }
}

function resolveReferents(infos: SentenceInfo[], personByMention: Map<string, string>): void {
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i];
    const s = info.sentence;
    const lead = SUBJECT_PRONOUN.exec(s.text[0]?.toUpperCase() + s.text.slice(1));
    const previous = infos.slice(Math.max(0, i - 2), i).reverse().filter((p) => p.sentence.paragraph >= s.paragraph - 1);
    if (lead) {
      const word = lead[1];
      const at = s.start + lead.index + lead[0].length - word.length;
      let antecedent: string | undefined;
      if (word === "He" || word === "She") {
        antecedent = previous.map((p) => firstPerson(p, personByMention)).find(Boolean);
      } else if (word === "It" || word === "They") {
        const prev = infos[i - 1];
        antecedent = prev && prev.sentence.paragraph >= s.paragraph - 1 ? nounAntecedent(prev, word === "They") : undefined;
      }
      const contracted = antecedent ? withContraction(s.text.slice(at - s.start + word.length), antecedent) : undefined;
      if (contracted && !s.speakerless) info.replacements.push({ start: at, end: at + word.length + contracted.cut, text: contracted.text });
      else info.unresolved = true;
    }
    const said = SAID_PRONOUN.exec(s.text);
    if (said && !info.unresolved) {
      const at = s.start + said.index;
      if (lead && at === s.start + (lead.index + lead[0].length - lead[1].length)) continue;
      const earlier = infos.slice(Math.max(0, i - 3), i).reverse().filter((p) => p.sentence.paragraph >= s.paragraph - 1);
      const antecedent = said[1] === "they" ? undefined : (firstPerson(info, personByMention) ?? earlier.map((p) => firstPerson(p, personByMention)).find(Boolean));
      if (antecedent) info.replacements.push({ start: at, end: at + said[1].length, text: antecedent });
      else info.unresolved = true;
    }
    if (VAGUE_START.test(s.text)) info.unresolved = true;
    // A fragment ("that John Mahama had won.") or a quotation nobody is said to have spoken.
    if (/^(?:that|which|who|whom|whose|and|or|but|because|while|although|though|if|when|where)\b/.test(s.text)) info.unresolved = true;
    if (/^[“"]/.test(s.text) && !/\b(?:said|says|told|added|declared|noted|warned|stated|argued|continued|wrote|asked)\b/.test(s.text.replace(/“[^”]*”|"[^"]*"/g, " "))) info.unresolved = true;
    const outside = s.text.replace(/“[^”]*”?|"[^"]*"?/g, (q) => " ".repeat(q.length));
    const people = info.entities.filter((e) => e.type === "person" && outside[e.start - s.start] !== " ");
    const bothGenders = /\bhe\b/i.test(outside) && /\bshe\b/i.test(outside);
    for (const m of outside.matchAll(/\b(he|she|they|we|He|She|They|We)\b/g)) {
      const at = s.start + (m.index ?? 0);
      if (info.replacements.some((r) => r.start === at)) continue;
      // "When Deaton first went to the Games, he competed…": the one person named before it in the sentence, or the
      // person the previous sentences are about; never when he and she both appear (two people, which is which?).
      const before = people.filter((e) => e.end <= at);
      const antecedent =
        /^(?:he|she)$/i.test(m[1]) && !bothGenders && people.length <= 1
          ? before.length === 1
            ? (personByMention.get(before[0].text) ?? before[0].text)
            : people.length === 0
              ? previous.map((p) => firstPerson(p, personByMention)).find(Boolean)
              : undefined
          : undefined;
      const contracted = antecedent ? withContraction(s.text.slice(at - s.start + m[1].length), antecedent) : undefined;
      const namedAt = before.length === 1 ? { start: before[0].start, end: before[0].end } : undefined;
      if (contracted && m.index! > 0) info.replacements.push({ start: at, end: at + m[1].length + contracted.cut, text: contracted.text, ...(namedAt ? { namedAt } : {}) });
      else info.unresolved = true;
    }
    rewriteOpening(info);
  }
}

/**
 * A name put in a pronoun's place takes the pronoun's contraction with it: "he’ll" → "Thomas Deaton will" (not
 * "Thomas Deaton’ll"). "’s" and "’d" could be either of two verbs: such a pronoun is left unresolved.
 */
export function withContraction(rest: string, name: string): { text: string; cut: number } | undefined {
  const m = /^['’](ll|ve|re|s|d)\b/i.exec(rest);
  if (!m) return { text: name, cut: 0 };
  const full = { ll: "will", ve: "have", re: "are" }[m[1].toLowerCase() as "ll" | "ve" | "re"];
  return full ? { text: `${name} ${full}`, cut: m[0].length } : undefined;
}

/** Small, general rewrites of sentence openings that make a prompt stand alone. */
function rewriteOpening(info: SentenceInfo): void {
  const s = info.sentence;
  if (info.replacements.some((r) => r.start === s.start)) return;
  const firstTime = /^(?:This|It) (?:was|is|marked) the first time (?:that )?(?=[a-z])/.exec(s.text);
  if (firstTime) {
    const clause = s.text.slice(firstTime[0].length);
    info.replacements.push({ start: s.start, end: s.start + firstTime[0].length, text: "" });
    const endAt = s.start + firstTime[0].length + clause.replace(/[.!?]+$/, "").length;
    info.replacements.push({ start: endAt, end: endAt, text: " for the first time" });
    info.unresolved = false;
    return;
  }
  const demonstrative = /^(These|Those|This|That) (?=[a-z])/.exec(s.text);
  const next = info.tokens[1];
  if (demonstrative && !/\b(?:he|she|they|them|him|we|it)\b/i.test(s.text.slice(demonstrative[0].length)) && next && next.tags.has("Noun") && !next.tags.has("Pronoun") && !next.tags.has("Verb")) {
    const plural = demonstrative[1] === "These" || demonstrative[1] === "Those";
    if (plural && next.tags.has("Plural")) info.replacements.push({ start: s.start, end: s.start + demonstrative[0].length, text: "" });
    else if (!plural) info.replacements.push({ start: s.start, end: s.start + demonstrative[1].length, text: "The" });
    else return;
    info.unresolved = false;
    return;
  }
  const conjunction = /^(?:But|And|So|Yet|Still|However|Also),?\s+(?=[A-Za-z])/.exec(s.text);
  const remainder = s.text.slice(conjunction?.[0].length ?? 0);
  if (conjunction && SUBJECT_PRONOUN.test(remainder[0].toUpperCase() + remainder.slice(1))) info.unresolved = true;
  else if (conjunction && !info.unresolved) info.replacements.push({ start: s.start, end: s.start + conjunction[0].length, text: "" });
}

/**
 * A card is read weeks later: "last month", "this year" and a bare weekday ("on Monday") are written out as the dates
 * they stand for ("in May 2014", "in 2023", "on December 18, 2023"), unless the date is the card's answer.
 */
function writeOutRelativeDates(info: SentenceInfo): void {
  const s = info.sentence;
  for (const d of info.dates) {
    if (info.replacements.some((r) => r.start < d.end && d.start < r.end) || !d.ymd?.y) continue;
    const before = s.text.slice(0, d.start - s.start);
    const atStart = before.trim() === "";
    let text: string | undefined;
    let start = d.start;
    // "next year’s Games" → "2026’s Games"; elsewhere "next year" → "in 2026".
    if (/^(?:last|this|next) (?:month|year)$/i.test(d.text)) text = /^['’]s\b/.test(s.text.slice(d.end - s.start)) ? d.answer : `in ${d.answer}`;
    else if (d.granularity === "day" && d.withWeekday && /^[A-Z][a-z]+day$/.test(d.text)) {
      const on = /\bon\s+$/i.exec(before);
      if (on) start -= on[0].length;
      text = `on ${d.answer.replace(/^[A-Z][a-z]+day, /, "")}`;
    }
    if (!text) continue;
    info.replacements.push({ start, end: d.end, text: atStart ? text[0].toUpperCase() + text.slice(1) : text, reason: "date" });
  }
}

function nounAntecedent(prev: SentenceInfo, plural: boolean): string | undefined {
  const own = prev.replacements.find((r) => r.start === prev.sentence.start && r.reason !== "date");
  if (own && !prev.unresolved) return own.text;
  const tokens: Token[] = prev.tokens;
  let k = 0;
  const words: Token[] = [];
  if (tokens[0]?.tags.has("Determiner") && /^(the|this|these)$/i.test(tokens[0].text)) k = 1;
  for (; k < tokens.length && words.length < 5; k++) {
    const t = tokens[k];
    if (t.tags.has("Verb") || t.tags.has("Preposition") || t.tags.has("Adverb") || /[,;]/.test(t.post)) break;
    if (!t.tags.has("Noun") && !t.tags.has("Adjective")) return undefined;
    words.push(t);
  }
  const head = words[words.length - 1];
  // A name is no common-noun antecedent ("Ueyama said…" gives "It" nothing to stand for).
  if (words.some((t) => t.tags.has("Person") || t.tags.has("Place") || t.tags.has("Organization") || zipf(t.text) <= 1)) return undefined;
  if (!head || !head.tags.has("Noun") || head.tags.has("Pronoun") || head.tags.has("ProperNoun") || Boolean(head.tags.has("Plural")) !== plural) return undefined;
  const phrase = words.map((t) => t.text).join(" ");
  return `The ${phrase[0].toLowerCase()}${phrase.slice(1)}`;
}

function buildIndex(infos: AnalyzedArticle["infos"], personByMention: Map<string, string>): ArticleIndex {
  const uniq = (xs: string[]) => [...new Map(xs.map((x) => [x.toLowerCase(), x])).values()];
  const entities = infos.flatMap((i) => i.entities);
  const of = (type: Entity["type"], pred: (e: Entity) => boolean = () => true) => uniq(entities.filter((e) => e.type === type && pred(e)).map((e) => e.text));
  return {
    people: uniq(of("person").map((p) => personByMention.get(p) ?? p)),
    places: of("place", (e) => !e.country),
    countries: of("place", (e) => Boolean(e.country)),
    orgs: of("org"),
    things: of("thing"),
    titles: uniq(infos.flatMap((i) => i.titles.map((t) => t.title))),
    phrases: uniq(infos.flatMap((i) => i.phrases.filter((p) => p.kind === "phrase").map((p) => p.text))),
    attributes: uniq(infos.flatMap((i) => i.phrases.filter((p) => p.kind === "attribute").map((p) => p.text))),
    dates: infos.flatMap((i) => i.dates),
    quantities: infos.flatMap((i) => i.quantities),
    personByMention,
  };
}

export type { Replacement };
