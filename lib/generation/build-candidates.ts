import type { AnalyzedArticle } from "./analyze-article";
import { detectAnswerLeak } from "./detect-answer-leak";
import { findQuoteRanges, isInQuote } from "./find-quote-ranges";
import { listEntityAliases } from "./list-aliases";
import { makeSaidQuestions } from "./make-said-questions";
import { makeSubjectQuestion } from "./make-subject-question";
import { makeTitleCards } from "./make-title-cards";
import { makeWhenQuestion } from "./make-when-question";
import { isSameName } from "./is-same-name";
import { GAP, renderPrompt, type Span } from "./render-prompt";
import type { AnswerType, Candidate, Entity, SentenceInfo } from "./types";

const REPORTING = /^(?:said|says|told|added|declared|noted|warned|stated|argued)$/;
/**
 * Overgenerates candidate cards from every usable sentence: who-is cards in both directions, who-said questions,
 * when-questions, subject questions, and clozes over dates, numbers, names and key noun phrases. Ranking and
 * selection come later; every candidate here already avoids pronoun-led prompts, leaked answers and gaps inside
 * speaker-less quotations.
 *
 * @example
 * buildCandidates(analyzeArticle(text, publishedAt)).length // ≫ final deck size
 */
export function buildCandidates(article: AnalyzedArticle): Candidate[] {
  const out: Candidate[] = [];
  const headCount = new Map<string, number>();
  const phraseFreq = new Map<string, number>();
  const orgAliases = new Map<string, string[]>();
  for (const info of article.infos) {
    for (const p of info.phrases) phraseFreq.set(p.text.toLowerCase(), (phraseFreq.get(p.text.toLowerCase()) ?? 0) + 1);
    for (const t of info.tokens) {
      if (!t.tags.has("Noun")) continue;
      const head = t.text.toLowerCase().replace(/s$/, "");
      headCount.set(head, (headCount.get(head) ?? 0) + 1);
    }
  }
  for (const info of article.infos) {
    out.push(...makeTitleCards(info, article.index, article.publishedAt));
    if (info.sentence.speakerless) continue;
    const words = info.sentence.text.split(/\s+/).length;
    if (words < 5 || /\?\s*["”]?$/.test(info.sentence.text)) continue;
    if (info.unresolved) continue;
    const quotes = findQuoteRanges(info);
    const speaker = hasSpeaker(info, quotes);
    const drops = info.titles.filter((t) => t.form === "appositive").map((t) => ({ start: t.start - 2, end: t.end + (info.sentence.text[t.end - info.sentence.start] === "," ? 1 : 0) }));
    const lengthFactor = words > 40 ? 0.8 : words > 30 ? 0.9 : 1;
    const add = (c: Omit<Candidate, "sentence" | "score"> & { score: number }) => {
      if (!c.prompt || detectAnswerLeak(c.prompt, c.answer, c.aliases)) return;
      out.push({ ...c, sentence: info.sentence, score: c.score * lengthFactor });
    };
    const titleSpans = info.titles.map((t) => ({ start: t.start, end: t.end }));
    const cloze = (span: Span, answer: string, type: AnswerType, score: number, extra: Partial<Candidate> = {}) => {
      if (titleSpans.some((t) => span.start >= t.start && span.end <= t.end)) return;
      if (isInQuote(span, quotes) && (!speaker || spanWords(info, span) > 0 && quotes.some((q) => q.end - q.start > 30 && span.start >= q.start && span.end <= q.end) && !speaker)) return;
      const prompt = renderPrompt(info, { gap: span, drop: drops.filter((d) => !(span.start < d.end && d.start < span.end)) });
      if (prompt.split(GAP).length !== 2) return;
      add({ kind: "cloze", prompt, answer, aliases: extra.aliases ?? [], answerType: type, factId: factId(info, answer), variant: "cloze", score, ...extra });
    };

    for (const said of makeSaidQuestions(info, article.index)) add(said);

    for (const d of info.dates) {
      if (d.granularity === "vague") continue;
      const type: AnswerType = d.granularity === "day" ? "date-day" : d.granularity === "month" ? "date-month" : d.granularity === "year" ? "date-year" : "time";
      const score = type === "date-day" ? 0.85 : type === "date-month" ? 0.72 : type === "time" ? 0.6 : 0.66;
      const aliases = d.aliases.filter((a) => a.toLowerCase() !== d.answer.toLowerCase());
      const question = type !== "time" ? makeWhenQuestion(info, d) : undefined;
      if (question) add({ kind: "question", prompt: question, answer: d.answer, aliases, answerType: type, factId: factId(info, d.answer), variant: "when", score: score + 0.03, date: d });
      else cloze(d, d.answer, type, score, { aliases, date: d });
    }

    for (const q of info.quantities) {
      if (q.kind === "word" && q.value < 2) continue;
      const aliases = [...new Set([q.qualifier ? q.core : "", q.core.replace(/(\d),\s+(\d)/g, "$1,$2")].filter((a) => a && a !== q.text))];
      cloze(q, q.text, "number", q.kind === "word" ? 0.72 : 0.8, { aliases, quantity: q });
    }

    for (const e of info.entities) {
      if (e.type === "demonym" || e.text.length < 2) continue;
      if (/^(?:North|South|East|West)$/.test(e.text)) continue;
      const full = e.type === "person" ? (article.index.personByMention.get(e.text) ?? e.text) : e.text;
      const type: AnswerType = e.type === "person" ? "person" : e.type === "place" ? "place" : e.type === "org" ? "org" : "thing";
      let sameOrg = orgAliases.get(full);
      if (!sameOrg) orgAliases.set(full, (sameOrg = e.type === "org" ? article.index.orgs.filter((o) => o !== full && isSameName(o, full)) : []));
      const aliases = [...listEntityAliases(e, full), ...sameOrg];
      const located = e.type === "place" && /\b(?:in|at|near|of|from)\s+$/.test(info.sentence.text.slice(0, e.start - info.sentence.start)) ? 1.06 : 1;
      const listed = located * (enumerated(info, e) ? 0.65 : 1) * (/^['’]s\b/.test(info.sentence.text.slice(e.end - info.sentence.start)) ? 0.92 : 1);
      const base = (type === "person" ? 0.7 : type === "org" ? 0.66 : type === "place" ? (e.country ? 0.6 : 0.64) : 0.6) * listed * (hostsPlace(info, e) ? 0.94 : 1);
      const subjectStart = subjectStartOf(info, e);
      const inTitle = titleSpans.some((t) => e.start >= t.start && e.end <= t.end);
      const question = subjectStart !== undefined && !isInQuote(e, quotes) && !inTitle ? makeSubjectQuestion(info, e, subjectStart) : undefined;
      if (question) add({ kind: "question", prompt: question, answer: full, aliases, answerType: type, factId: factId(info, full), variant: "subject", score: base + 0.02, country: e.country });
      cloze(e, full, type, base, { aliases, country: e.country });
    }

    const phrases = info.phrases.filter((p) => !info.titles.some((t) => p.start >= t.start && p.end <= t.end));
    const ranked = phrases
      .map((p) => {
        const w = p.text.split(/\s+/).length;
        const head = p.text.split(/\s+/).pop()!.toLowerCase();
        const rare = (headCount.get(head.replace(/s$/, "")) ?? 0) <= 1 || (w > 1 && (phraseFreq.get(p.text.toLowerCase()) ?? 0) <= 1);
        return { p, score: (p.kind === "attribute" ? 0.46 : 0.42) + 0.05 * Math.min(w - 1, 2) + (rare ? 0.08 : 0) + roleBonus(info, p) };
      })
      .sort((a, b) => b.score - a.score || b.p.text.length - a.p.text.length || a.p.start - b.p.start)
      .slice(0, 6);
    const opener = /^[A-Z][a-z]+\s+/.exec(info.sentence.text);
    for (const { p, score } of ranked) {
      if (STOP_ANSWERS.has(p.text.toLowerCase())) continue;
      if (!p.text.includes(" ") && /\b(?:which|that|who)\s+$/i.test(info.sentence.text.slice(0, p.start - info.sentence.start))) continue;
      if (p.kind === "attribute" && !p.text.includes(" ") && (/(?:er|est)$/.test(p.text) || /^(?:more|most|even)\s+$/i.test(info.sentence.text.slice(Math.max(0, p.start - info.sentence.start - 6), p.start - info.sentence.start)))) continue;
      if (opener && info.sentence.text.startsWith(`${p.text},`, opener[0].length)) continue; // "In exchange," is an adverbial, not a fact
      cloze(p, p.text, p.kind === "attribute" ? "attribute" : "phrase", score);
    }
  }
  return out;
}

/** Objects and prepositional objects carry the fact; subjects and "the risk of …" heads less so. */
function roleBonus(info: SentenceInfo, span: Span): number {
  const k = info.tokens.findIndex((t) => t.start >= span.start);
  const last = info.tokens.findIndex((t) => t.end >= span.end);
  let j = k - 1;
  while (j > 0 && (info.tokens[j].tags.has("Determiner") || info.tokens[j].tags.has("Possessive") || /['’]s$/.test(info.tokens[j].text))) j--;
  const prev = info.tokens[j];
  const next = info.tokens[last + 1];
  const firstVerb = info.tokens.find((t) => t.tags.has("Verb"));
  let bonus = 0;
  if (prev && (prev.tags.has("Verb") || prev.tags.has("Preposition"))) bonus += 0.05;
  if (prev?.text.toLowerCase() === "of") bonus += 0.04;
  if (next?.text.toLowerCase() === "of") bonus -= 0.04;
  if (firstVerb && span.end <= firstVerb.start) bonus -= 0.05;
  return bonus;
}

const STOP_ANSWERS = new Set("there here able likely unlikely possible sure way thing things time part other others one ones lot kind land".split(" "));

/** "Moi University in Kenya": the place is the fact; the institution stays in the prompt as the cue. */
function hostsPlace(info: SentenceInfo, e: Entity): boolean {
  if (e.type !== "org" && e.type !== "thing") return false;
  const next = info.entities.find((o) => o.start > e.end && o.type === "place");
  return Boolean(next && /^\s+in\s+$/.test(info.sentence.text.slice(e.end - info.sentence.start, next.start - info.sentence.start)));
}

/** True for one item of a list of names of the same kind ("Taiwan and Australia", "the U.K., France and Ukraine"). */
function enumerated(info: SentenceInfo, e: Entity): boolean {
  const s = info.sentence;
  const names = info.entities.filter((x) => x.type !== "demonym").sort((a, b) => a.start - b.start);
  const at = names.indexOf(e);
  if (at < 0) return false;
  const linked = (a: Entity, b: Entity) => a.type === b.type && /^(?:\s+[a-z]+)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/.test(s.text.slice(a.end - s.start, b.start - s.start));
  let first = at;
  while (first > 0 && linked(names[first - 1], names[first])) first--;
  let last = at;
  while (last < names.length - 1 && linked(names[last], names[last + 1])) last++;
  if (last - first + 1 >= 3) return true;
  const clause = s.text.slice(0, names[first].start - s.start).split(/[,;]/).pop() ?? "";
  return /\b(?:including|such as|like)\s+(?:the\s+)?$/.test(clause);
}

function subjectStartOf(info: SentenceInfo, e: Entity): number | undefined {
  const s = info.sentence;
  const lead = s.text.slice(0, e.start - s.start);
  if (/^(?:the\s+)?$/i.test(lead)) return e.start;
  const title = info.titles.find((t) => t.form === "prefix" && t.end <= e.start && e.start - t.end <= 1);
  if (title && title.start === s.start) return undefined;
  if (/^[A-Z][^,“”"]{2,40},\s*(?:the\s+)?$/.test(lead)) return e.start;
  return undefined;
}

function hasSpeaker(info: SentenceInfo, quotes: Span[]): boolean {
  if (info.replacements.some((r) => / said: $/.test(r.text))) return true;
  return info.tokens.some((t) => REPORTING.test(t.text) && !isInQuote(t, quotes)) && (info.entities.some((e) => e.type === "person" && !isInQuote(e, quotes)) || info.replacements.length > 0);
}

function spanWords(info: SentenceInfo, span: Span): number {
  return info.sentence.text.slice(span.start - info.sentence.start, span.end - info.sentence.start).split(/\s+/).length;
}

function factId(info: SentenceInfo, answer: string): string {
  return `s${info.sentence.index}|${answer.toLowerCase()}`;
}

