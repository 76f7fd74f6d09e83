import type { AnalyzedArticle } from "./analyze-article";
import { attributionSpans, compressionDrops } from "./compress-sentence";
import { detectAnswerLeak } from "./detect-answer-leak";
import { findVagueReference } from "./detect-vague-reference";
import { isListItem } from "./detect-list-item";
import { findQuoteRanges, isInQuote } from "./find-quote-ranges";
import { CANDIDATE_MAKERS, type CandidateMaker, type MadeCandidate, type SentenceContext } from "./makers";
import type { AnalyzedSentence } from "./makers/types";
import { GAP, renderPrompt, type Span } from "./render-prompt";
import type { Candidate, SentenceInfo } from "./types";

/** Prompts longer than this are never cards; between IDEAL and MAX words they lose score. */
export const PROMPT_WORDS = { ideal: 16, max: 24, longPenalty: 0.45 } as const;
/** A definite noun phrase the article introduced earlier ("the study") weakens a card without ruining it. */
export const SOFT_VAGUE = 0.82;
/** A term half of whose words the title shows weakens the card (the title is shown above every card). */
export const TITLE_ECHO = 0.6;

/**
 * Proposes candidate cards from every sentence through the registry of card families ({@link CANDIDATE_MAKERS}),
 * then drops what no careful card writer would keep: an answer readable in the prompt or in the article's title
 * (shown above every card), a prompt with an unresolved reference ("the two sides", "it"), a prompt over
 * {@link PROMPT_WORDS}.max words. Ranking and selection come later.
 *
 * @example
 * buildCandidates(analyzeArticle(text, publishedAt), "North Korea–Russia cooperation").length // ≫ final deck size
 */
export function buildCandidates(
  article: AnalyzedArticle,
  title = "",
  makers: readonly CandidateMaker[] = CANDIDATE_MAKERS,
  /** Told of every candidate dropped here and why (for tests and the evaluation's diagnostics). */
  onDrop?: (reason: "leak" | "title-leak" | "list" | "vague" | "too-long", candidate: MadeCandidate, detail?: string) => void,
): Candidate[] {
  const out: Candidate[] = [];
  const earlierNouns = new Set<string>();
  const titleWords = new Set(title.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const names = new Set(article.infos.flatMap((i) => i.entities.filter((e) => e.type === "person" || e.type === "place" || e.type === "org").map((e) => e.text)));
  for (const info of article.infos) {
    const usable = isUsable(info);
    const ctx = makeSentenceContext(article, info);
    for (const maker of makers) {
      if (maker.usableSentencesOnly && !usable) continue;
      for (const made of maker.make(ctx)) {
        if (!made.prompt) continue;
        if (detectAnswerLeak(made.prompt, made.answer, made.aliases)) {
          onDrop?.("leak", made);
          continue;
        }
        if (title && detectAnswerLeak(title, made.answer, made.aliases.filter((a) => a.length >= 4))) {
          onDrop?.("title-leak", made);
          continue;
        }
        if (title && titleWordsShare(made.answer, titleWords) >= 0.66) {
          onDrop?.("title-leak", made);
          continue;
        }
        if (made.kind === "cloze" && made.answerSpan && isListItem(info.sentence, made.answerSpan)) {
          onDrop?.("list", made);
          continue;
        }
        const vague = findVagueReference(made.prompt, earlierNouns, names);
        if (vague?.hard) {
          onDrop?.("vague", made, vague.words);
          continue;
        }
        const words = made.prompt.split(/\s+/).length;
        if (words > PROMPT_WORDS.max) {
          onDrop?.("too-long", made);
          continue;
        }
        const lengthFactor = words <= PROMPT_WORDS.ideal ? 1 : 1 - (PROMPT_WORDS.longPenalty * (words - PROMPT_WORDS.ideal)) / (PROMPT_WORDS.max - PROMPT_WORDS.ideal);
        // "Ghana announced the results of its _____" under "Ghana Opposition Claims Election Fraud": half of the answer
        // is on screen already, and the rest ("presidential") is easy to guess.
        const echo = made.answerType === "phrase" && title && titleWordsShare(made.answer, titleWords) >= 0.5 ? TITLE_ECHO : 1;
        out.push({ ...made, sentence: info.sentence, score: made.score * lengthFactor * echo * (vague ? SOFT_VAGUE : 1) });
      }
    }
    for (const t of info.tokens) if (t.tags.has("Noun") && !t.tags.has("ProperNoun") && !t.tags.has("Pronoun")) earlierNouns.add(t.text.toLowerCase());
  }
  return out;
}

/** Fragments, questions, speaker-less quotations and sentences leaning on an unresolved pronoun give no cards. */
function isUsable(info: SentenceInfo): boolean {
  if (info.sentence.speakerless || info.unresolved) return false;
  const words = info.sentence.text.split(/\s+/).length;
  if (words < 5 || /\?\s*["”]?$/.test(info.sentence.text)) return false;
  // A heading ("About the National Heart, Lung, and Blood Institute") has no verb; boilerplate tells the reader to act.
  if (!info.tokens.some((t) => t.tags.has("Verb") && !t.tags.has("Gerund"))) return false;
  // A line that opens with its verb ("Lowers stress during busy clinic days.") is a list item or an instruction.
  const first = info.tokens[0];
  if (first && first.tags.has("Verb") && !first.tags.has("Gerund") && !first.tags.has("Noun") && !first.tags.has("Auxiliary")) return false;
  return !/^(?:For more information|To learn more|Visit|Follow|Subscribe|Click|Read more|Contact|Learn more|Sign up)\b/i.test(info.sentence.text);
}

/** The shared helpers every card family gets for one sentence (exported for the makers' tests). */
export function makeSentenceContext(article: AnalyzedArticle, info: AnalyzedSentence): SentenceContext {
  const quotes = findQuoteRanges(info);
  const attributions = attributionSpans(info);
  const text = info.sentence.text;
  const titleDrops: Span[] = info.titles
    .filter((t) => t.form === "appositive")
    .map((t) => ({ start: t.start - 2, end: t.end + (text[t.end - info.sentence.start] === "," ? 1 : 0) }));
  const cloze = (gap: Span): string | undefined => {
    // A blank inside a quotation tests the speaker's wording, not a fact.
    if (isInQuote(gap, quotes)) return undefined;
    // Part of a hyphenated word ("Indo-Pacific") or of an appositive title is not an answer of its own.
    if (/[-–]$/.test(text.slice(0, gap.start - info.sentence.start)) || /^[-–]/.test(text.slice(gap.end - info.sentence.start))) return undefined;
    if (titleDrops.some((d) => gap.start >= d.start && gap.end <= d.end)) return undefined;
    // An acronym right after its expansion ("a lunar terrain vehicle (LTV)") is asked by the acronym question.
    if (/\(\s*$/.test(text.slice(0, gap.start - info.sentence.start))) return undefined;
    const overlaps = (d: Span) => d.start < gap.end && gap.start < d.end;
    const drops = mergeSpans([...titleDrops.filter((d) => !overlaps(d)), ...compressionDrops(info, gap)]);
    const kept = (t: { start: number; end: number }) => !drops.some((d) => t.start >= d.start && t.end <= d.end) && !(t.start >= gap.start && t.end <= gap.end);
    if (!info.tokens.some((t) => t.tags.has("Verb") && !t.tags.has("Gerund") && kept(t))) return undefined; // a fragment
    const prompt = balanceQuotes(renderPrompt(info, { gap, drop: drops }));
    const parens = (prompt.match(/\(/g)?.length ?? 0) === (prompt.match(/\)/g)?.length ?? 0);
    // "On the _____ of campaigning, Hun Sen said.": the said-clause lost what was said.
    if (/\b(?:said|says|told|added)\.$/.test(prompt) || /_____\.,/.test(prompt)) return undefined;
    // "_____ is a former German star player": a description fits many people; the who-is card asks it the right way.
    if (/^_____ (?:is|was|are|were) (?:a|an|the|one)\b/.test(prompt)) return undefined;
    // A subordinate clause whose main clause was cut away ("Because premiums cover a portion of _____.").
    if (/^(?:Because|Although|Though|While|If|When|Since|As|After|Before|Unless|Whereas|Once|Until)\b/.test(prompt) && !prompt.includes(",")) return undefined;
    return parens && prompt.split(GAP).length === 2 && prompt.split(/\s+/).length >= 5 ? prompt : undefined;
  };
  return { article, info, quotes, attributions, cloze };
}

/** How much of an answer's content words the title already shows ("refractory severe aplastic anemia" under a title on severe aplastic anemia). */
function titleWordsShare(answer: string, titled: ReadonlySet<string>): number {
  const words = answer.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
  if (words.length === 0) return 0;
  return words.filter((w) => titled.has(w) || titled.has(`${w}s`) || titled.has(w.replace(/s$/, ""))).length / words.length;
}

/** Overlapping spans as one (renderPrompt applies no two edits that overlap). */
function mergeSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/** A cut sentence can end on the closing mark of a quotation whose opening went with the cut: drop it, end with a stop. */
function balanceQuotes(prompt: string): string {
  let out = prompt;
  const opens = (out.match(/“/g)?.length ?? 0) - (out.match(/”/g)?.length ?? 0);
  if (opens < 0) out = out.replace(/”(?=[.!?]?$)|([.!?])”$/, "$1");
  if ((out.match(/"/g)?.length ?? 0) % 2 === 1) out = out.replace(/"(?=[.!?]?$)|([.!?])"$/, "$1");
  if (!/[.!?]["”’]?$/.test(out)) out = `${out.replace(/[,;:\s]+$/, "")}.`;
  return out;
}
