import type { AnalyzedArticle } from "./analyze-article";
import { sentenceCentrality } from "./sentence-centrality";
import type { Candidate } from "./types";
import { FUNCTION_WORDS, zipf } from "./word-lists";

/** Named thresholds of deck selection. */
export const SELECTION = {
  /** A candidate enters the deck at this score or above… */
  deckMin: 0.3,
  /** …and is kept as a suggestion at this score or above. */
  suggestionMin: 0.2,
  /** Cards per source sentence in the deck; the second only for a distinct fact scoring at least `secondMin`. */
  perSentence: 2,
  secondMin: 0.6,
  /** However many facts pass, the deck holds at most this many cards per 100 words. */
  maxPer100Words: 6,
  /** Cards in the deck with the same answer (more would make them interfere). */
  perAnswer: 1,
  suggestionsPerSentence: 2,
  /** A deck this small takes the best suggestions scoring at least `floorMin`: an article always gives a few cards. */
  minDeck: 2,
  floorMin: 0.25,
} as const;

/** Named weights of article-wide salience. */
export const SALIENCE = {
  /** Each further sentence that mentions an answer adds this much, up to `mentionCap` sentences. */
  perMention: 0.08,
  mentionCap: 4,
  /** A name mentioned once scores this; the answer of a subject or who-is card counts its mentions the same way. */
  single: 0.88,
  /** A name in more than this share of sentences is the article's topic: asking for it tests nothing. */
  topicShare: 0.25,
  topic: 0.6,
  /** The first two sentences state what the article is about. */
  lead: 1.08,
  /** How much less the last sentence counts than the third (linearly in between). */
  positionDecay: 0.2,
  /**
   * Specificity of a name or term from the rarest of its words in general English (zipf z):
   * clamp(specificityBase - specificitySlope * z) — "Komsomolsk-on-Amur" (unknown, z = 1) 1.15, "Pyongyang" (2.9) 0.96,
   * "China" (4.4) 0.81, "White House" (5.2) 0.73.
   */
  specificityBase: 1.25,
  specificitySlope: 0.1,
  specificityRange: [0.72, 1.15],
  /** A year that is the article's own year ("in 2023" in a 2023 report) is guessed, not remembered. */
  ownYear: 0.6,
  /** A day within `nearDays` of publication can be read off the date shown above the card. */
  nearDays: 3,
  nearDay: 0.6,
  /** A year where the sentence also gives a figure: the figure is the fact ("In the 2017 election, turnout was 90 percent"). */
  yearBesideFigure: 0.85,
  /** The person the article is mostly about (more than half of all mentions of people): easily guessed as an answer. */
  protagonistShare: 0.5,
  protagonist: 0.7,
  /** An answer whose main word fills more than this share of the article's sentences is its topic: guessed, not remembered. */
  topicWordShare: 0.2,
  /** A date in a sentence that only reports speech ("spoke to reporters last month"): when someone talked is a side detail. */
  speechDate: 0.55,
  /** A person named once, with no office: a passer-by. */
  passerBy: 0.6,
  /** Who-is cards for someone the article names once: usually someone met in passing. */
  whoIsOnce: 0.6,
  /**
   * A sentence's centrality (see sentenceCentrality) scales its cards between these: a side detail of an incidental
   * sentence stays a suggestion, a fact of a sentence about the article's subject gains.
   */
  centrality: [0.8, 1.1],
} as const;

/**
 * How often blind reviewers accepted each kind of card, relative to the best kinds (tune samples 101–505, 297 cards;
 * see eval/judged): clozes over names of unknown kind 13 % (fragments of names, programmes; the rare ones, such as weapon names, fare better and specificity lifts them), organisations 23 %,
 * places 22 %, common-noun terms 39 %; who-is questions 67 %, person clozes 58 %, figures 53 %.
 * A kind that reviewers mostly refused needs a stronger case to enter the deck; it stays a suggestion otherwise.
 */
export const JUDGED_PRIOR: Readonly<Record<string, number>> = {
  "cloze:thing": 0.65,
  "cloze:org": 0.7,
  "cloze:place": 0.75,
  "cloze:phrase": 0.85,
  "question:org": 0.7,
  "question:thing": 0.6,
};

export interface SelectedDeck {
  deck: Candidate[];
  suggestions: Candidate[];
}

/**
 * Scores every candidate by the salience of its answer in this article (how many sentences mention it, the lead,
 * a topic so frequent it is guessable) and chooses the deck: one card per fact, at most two per sentence, at most
 * two per answer, no near-duplicate prompts, and never more than {@link SELECTION}.maxPer100Words. The deck's size
 * follows the facts: only candidates scoring {@link SELECTION}.deckMin or more enter it; the next best are kept as
 * suggestions. Both lists come best first, scores in [0, 1].
 *
 * @example
 * const { deck, suggestions } = selectDeck(buildCandidates(article, title), article);
 */
export function selectDeck(candidates: Candidate[], article: AnalyzedArticle): SelectedDeck {
  const sentences = article.infos.length;
  const words = article.infos.reduce((n, i) => n + i.sentence.text.split(/\s+/).length, 0);
  const mentions = mentionCounts(article);
  const topicWords = new TopicWords(article);
  const holders = new Set(article.infos.flatMap((i) => i.titles.map((t) => article.index.personByMention.get(t.name) ?? t.name)));
  const central = sentenceCentrality(article);
  const [low, high] = SALIENCE.centrality;
  const scored = candidates.map((c) => {
    const centrality = low + (high - low) * (central[c.sentence.index] ?? 0);
    return { ...c, score: round(Math.max(0, Math.min(1, c.score * centrality * salience(c, mentions, sentences, article.publishedAt, topicWords, holders)))) };
  });
  scored.sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index || a.prompt.localeCompare(b.prompt));

  const cap = Math.max(3, Math.floor((words * SELECTION.maxPer100Words) / 100));
  const deck: Candidate[] = [];
  const suggestions: Candidate[] = [];
  const factsTaken = new Set<string>();
  const perSentence = new Map<number, Candidate[]>();
  const suggestedPerSentence = new Map<number, number>();
  const byAnswer = new Map<string, Set<string>[]>();
  const seenPrompts: Set<string>[] = [];
  for (const c of scored) {
    if (c.score < SELECTION.suggestionMin) break;
    if (factsTaken.has(c.factId)) continue;
    const promptWords = wordSet(c.prompt);
    if (seenPrompts.some((w) => overlap(w, promptWords) >= 0.85)) continue;
    const key = normAnswer(c.answer);
    const same = byAnswer.get(key) ?? [];
    if (same.some((w) => overlap(w, promptWords) >= 0.6)) continue;
    const siblings = perSentence.get(c.sentence.index) ?? [];
    const fitsDeck =
      c.score >= SELECTION.deckMin &&
      deck.length < cap &&
      same.length < SELECTION.perAnswer &&
      (siblings.length === 0 || (siblings.length < SELECTION.perSentence && c.score >= SELECTION.secondMin && siblings.every((s) => distinctAnswers(s, c))));
    if (fitsDeck) {
      deck.push(c);
      perSentence.set(c.sentence.index, [...siblings, c]);
    } else {
      const n = suggestedPerSentence.get(c.sentence.index) ?? 0;
      if (n >= SELECTION.suggestionsPerSentence) continue;
      suggestedPerSentence.set(c.sentence.index, n + 1);
      suggestions.push(c);
    }
    factsTaken.add(c.factId);
    seenPrompts.push(promptWords);
    same.push(promptWords);
    byAnswer.set(key, same);
  }
  while (deck.length < SELECTION.minDeck && suggestions.length > 0 && suggestions[0].score >= SELECTION.floorMin && distinctFromDeck(suggestions[0], deck)) deck.push(suggestions.shift()!);
  return { deck, suggestions };
}

/** A suggestion may join the deck when no deck card comes from its sentence or has its answer. */
function distinctFromDeck(c: Candidate, deck: Candidate[]): boolean {
  return !deck.some((d) => d.sentence.index === c.sentence.index || normAnswer(d.answer) === normAnswer(c.answer));
}

function salience(c: Candidate, mentions: Map<string, number>, sentences: number, published: Date | undefined, topicWords: TopicWords, holders: ReadonlySet<string>): number {
  const year = published?.getUTCFullYear();
  // News puts what matters first: the lead counts most, the last sentences (background, boilerplate) least.
  let factor = c.sentence.index < 2 ? SALIENCE.lead : 1 - SALIENCE.positionDecay * (c.sentence.index / Math.max(1, sentences - 1));
  if (c.answerType === "date-year" && year !== undefined && c.answer === String(year)) factor *= SALIENCE.ownYear;
  if (c.answerType === "date-year" && c.sentence.text.match(/\d[\d,.]*\s*(?:%|percent|people|votes|million|billion)/)) factor *= SALIENCE.yearBesideFigure;
  if (c.date && /\b(?:said|says|told|tells|spoke|speaking|added|explained|wrote)\b/.test(c.sentence.text)) factor *= SALIENCE.speechDate;
  const ymd = c.date?.ymd;
  if (published && c.answerType === "date-day" && ymd?.y && ymd.m && ymd.d && Math.abs(Date.UTC(ymd.y, ymd.m - 1, ymd.d) - published.getTime()) <= (SALIENCE.nearDays + 0.5) * 86_400_000) factor *= SALIENCE.nearDay;
  if (!["date-day", "date-month", "date-year", "time", "number"].includes(c.answerType)) {
    factor *= specificity(c.answer);
    if (c.family !== "who-is" && c.family !== "acronym-question" && topicWords.share(c.answer) > SALIENCE.topicWordShare) factor *= SALIENCE.topic;
  }
  if (["person", "place", "org", "thing"].includes(c.answerType) || c.family === "who-is") {
    const name = c.family === "who-is" ? c.prompt.replace(/^Who (?:is|was) (.+?)(?: \(as of [^)]+\))?\?$/, "$1") : c.answer;
    const m = Math.max(1, mentions.get(name.toLowerCase()) ?? 1);
    factor *= SALIENCE.single + SALIENCE.perMention * Math.min(m - 1, SALIENCE.mentionCap);
    if (c.family === "who-is" && m === 1) factor *= SALIENCE.whoIsOnce;
    // Someone named once and given no office (a voter in the street) is a side detail as an answer.
    if (c.answerType === "person" && c.family !== "title-holder" && m === 1 && !holders.has(c.answer)) factor *= SALIENCE.passerBy;
    if (c.family !== "who-is" && c.answerType === "person" && m >= 3 && m / Math.max(1, mentions.get(PEOPLE) ?? m) > SALIENCE.protagonistShare) factor *= SALIENCE.protagonist;
    if (c.family !== "who-is" && c.family !== "who-said" && m / Math.max(1, sentences) > SALIENCE.topicShare) factor *= SALIENCE.topic;
  }
  return factor * (JUDGED_PRIOR[`${c.kind}:${c.answerType}`] ?? 1);
}

/** How specific an answer is, from the rarest of its words in general English (see SALIENCE.specificityBase). */
function specificity(answer: string): number {
  const words = answer.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !FUNCTION_WORDS.has(w.toLowerCase()));
  if (words.length === 0) return SALIENCE.specificityRange[0];
  const rarest = Math.min(...words.map((w) => zipf(w)));
  const [lo, hi] = SALIENCE.specificityRange;
  return Math.max(lo, Math.min(hi, SALIENCE.specificityBase - SALIENCE.specificitySlope * rarest));
}

/**
 * The share of the article's sentences that contain the least frequent of an answer's words: "scribe" in an article
 * on AI scribes is the topic; "spy satellite" in an article about a satellite launch is not ("spy" is rare in it).
 */
class TopicWords {
  private readonly sentences: string[];
  private readonly cache = new Map<string, number>();
  constructor(article: AnalyzedArticle) {
    this.sentences = article.infos.map((i) => ` ${i.sentence.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ")} `);
  }
  share(answer: string): number {
    // Short acronyms count too ("VA" in an article about the VA).
    const words = answer.replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter((w) => (w.length >= 3 || /^\p{Lu}{2}$/u.test(w)) && !FUNCTION_WORDS.has(w.toLowerCase())).map((w) => w.toLowerCase());
    if (words.length === 0) return 0;
    return Math.min(...words.map((w) => this.wordShare(w)));
  }

  private wordShare(word: string): number {
    let share = this.cache.get(word);
    if (share === undefined) {
      const stem = word.replace(/(?<=[^s])s$/, "");
      const hits = this.sentences.filter((s) => s.includes(` ${stem} `) || s.includes(` ${stem}s `)).length;
      share = hits / Math.max(1, this.sentences.length);
      this.cache.set(word, share);
    }
    return share;
  }
}

/** Key under which mentionCounts keeps the mentions of all people together. */
const PEOPLE = "\u0000people";

/** In how many sentences each name (full form or any shorter mention) appears. */
function mentionCounts(article: AnalyzedArticle): Map<string, number> {
  const counts = new Map<string, number>();
  for (const info of article.infos) {
    const here = new Set<string>();
    for (const e of info.entities) here.add((article.index.personByMention.get(e.text) ?? e.text).toLowerCase());
    for (const r of info.replacements) if (article.index.personByMention.has(r.text)) here.add(r.text.toLowerCase());
    for (const k of here) counts.set(k, (counts.get(k) ?? 0) + 1);
    for (const e of info.entities) if (e.type === "person") counts.set(PEOPLE, (counts.get(PEOPLE) ?? 0) + 1);
  }
  return counts;
}

/** Two cards of one sentence ask distinct facts when neither answer holds the other. */
function distinctAnswers(a: Candidate, b: Candidate): boolean {
  const x = normAnswer(a.answer);
  const y = normAnswer(b.answer);
  return !x.includes(y) && !y.includes(x);
}

function round(x: number): number {
  return Number(x.toFixed(3));
}

function normAnswer(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function wordSet(s: string): Set<string> {
  return new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
}

function overlap(x: Set<string>, y: Set<string>): number {
  let inter = 0;
  for (const w of x) if (y.has(w)) inter++;
  return inter / Math.max(1, Math.min(x.size, y.size));
}
