import { detectPronounLean } from "./detect-pronoun-lean";
import { findQuoteRanges, isInQuote } from "./find-quote-ranges";
import { listNameAliases } from "./list-aliases";
import type { Span } from "./render-prompt";
import { tidyPrompt } from "./tidy-prompt";
import type { AnswerType, ArticleIndex, Candidate, SentenceInfo } from "./types";
import { REPORTING_VERBS } from "./word-lists";


/**
 * "Who said …?" questions from a reported statement whose speaker is named (or resolved from "he said"): the
 * clause or quotation is kept, the speaker is the answer.
 *
 * @example
 * makeSaidQuestions(info, index)[0].prompt // "Who said other weapons Pyongyang “desperately” wants are …?"
 */
export function makeSaidQuestions(info: SentenceInfo, index: ArticleIndex): (Omit<Candidate, "sentence" | "score"> & { score: number })[] {
  const s = info.sentence;
  const quotes = findQuoteRanges(info);
  const out: (Omit<Candidate, "sentence" | "score"> & { score: number })[] = [];
  for (let k = 0; k < info.tokens.length; k++) {
    const verb = info.tokens[k];
    if (!REPORTING_VERBS.test(verb.text) || isInQuote(verb, quotes)) continue;
    const speakers = info.entities.filter((e) => (e.type === "person" || e.type === "org") && !isInQuote(e, quotes));
    const replaced = info.replacements.filter((r) => index.personByMention.has(r.text));
    let speaker: string | undefined;
    let clause: Span | undefined;
    const between = (a: number, b: number) => s.text.slice(a - s.start, b - s.start);
    const before = [...speakers, ...replaced.map((r) => ({ ...r, type: "person" as const }))].filter((e) => e.end <= verb.start).sort((a, b) => b.end - a.end)[0];
    const after = speakers.filter((e) => e.start >= verb.end).sort((a, b) => a.start - b.start)[0];
    const title = (e: { start: number; end: number }) => info.titles.find((t) => t.form === "prefix" && t.end <= e.start && e.start - t.end <= 1);
    const quoteFirst = before ? /^\s*([“"][^“”"]{10,400}?)[,.!?]?\s*[”"],?\s*$/.exec(s.text.slice(0, (title(before)?.start ?? before.start) - s.start)) : null;
    if (before && quoteFirst && /^(?:,[^“”"]{3,160},)?\s*$/.test(between(before.end, verb.start))) {
      speaker = "text" in before ? before.text : undefined;
      clause = { start: s.start, end: s.start + quoteFirst[1].length };
    } else if (before && /^(?:,[^“”"]{3,160},)?\s*$/.test(between(before.end, verb.start)) && (s.text.slice(0, before.start - s.start).trim() === "" || /^(?:the\s+)?$/i.test(s.text.slice(0, before.start - s.start).trim()) || title(before)?.start === s.start)) {
      speaker = "text" in before ? before.text : undefined;
      clause = { start: verb.end, end: s.end };
    } else if (after && (between(verb.end, after.start).trim() === "" || title(after)) && /,\s*["”]?\s*$|[”"]\s*$/.test(between(s.start, verb.start))) {
      speaker = after.text;
      clause = { start: s.start, end: verb.start };
    }
    if (!speaker || !clause) continue;
    const full = index.personByMention.get(speaker) ?? speaker;
    let text = s.text.slice(clause.start - s.start, clause.end - s.start).trim();
    if (/^[“"]/.test(text) && !/[”"]$/.test(text)) text = `${text.replace(/[,\s]+$/, "")}${text[0] === '"' ? '"' : "”"}`;
    text = text.replace(/^that\s+/i, "").replace(/^(?:on|in)\s+\w+\s+(?:that\s+)?/i, (m) => (/that/.test(m) ? "" : m)).replace(/[,\s]+$/, "").replace(/\.$/, "");
    text = text.replace(/,\s*(["”])\s*$/, "$1");
    if (text.startsWith('"')) text = text.replace(/”$/, '"');
    // The end of a quotation opened in an earlier sentence: without its opening mark it reads as reported speech.
    if ((text.match(/”/g)?.length ?? 0) > (text.match(/“/g)?.length ?? 0)) text = text.replace(/”(?=[^”]*$)/, "");
    if (/[.!?]["”’]?\s+\S/.test(text.replace(/\b(?:[A-Za-z]\.){1,3}(?=\s)/g, "x"))) continue; // two sentences run together
    const words = text.split(/\s+/).length;
    if (words < 4 || words > 32) continue;
    if (!/^["“]/.test(text) && /^[A-Z][a-z]/.test(text) && !info.tokens.find((t) => t.start === clause!.start + (s.text.slice(clause!.start - s.start).length - s.text.slice(clause!.start - s.start).trimStart().length))?.tags.has("ProperNoun")) {
      text = text[0].toLowerCase() + text.slice(1);
    }
    if (detectPronounLean(text)) continue;
    const type: AnswerType = index.people.includes(full) ? "person" : "org";
    out.push({
      kind: "question",
      prompt: tidyPrompt(`Who said ${text}?`).replace(/\?+$/, "?"),
      answer: full,
      aliases: listNameAliases(full, index),
      answerType: type,
      factId: `said|${full.toLowerCase()}|${s.index}`,
      family: "who-said",
      score: 0.8,
    });
    break;
  }
  return out;
}
