import type { AnalyzedArticle } from "./analyze-article";
import type { Candidate } from "./types";

const MAX_PER_SENTENCE = 3;

/**
 * Scores, deduplicates and selects candidates: one card per fact (two for a who-is fact, one per direction),
 * at most three per sentence besides who-is cards, answers that are the article's topic ("North Korea" in
 * every other sentence) discounted, near-duplicate prompts dropped, and the deck capped by article length
 * (about one card per ten words). Returns the chosen candidates best first, with scores in [0, 1].
 *
 * @example
 * rankCards(buildCandidates(article), article).length // 40–80 for a 700-word news story
 */
export function rankCards(candidates: Candidate[], article: AnalyzedArticle): Candidate[] {
  const text = article.infos.map((i) => i.sentence.text).join(" ");
  const words = text.split(/\s+/).filter(Boolean).length;
  const mentionCount = new Map<string, number>();
  for (const info of article.infos) {
    for (const e of info.entities) {
      const key = (article.index.personByMention.get(e.text) ?? e.text).toLowerCase();
      mentionCount.set(key, (mentionCount.get(key) ?? 0) + 1);
    }
  }
  const scored = candidates.map((c) => {
    let score = c.score;
    const mentions = mentionCount.get(c.answer.toLowerCase()) ?? 1;
    if (["person", "place", "org", "thing"].includes(c.answerType) && c.variant !== "rev" && c.variant !== "said") score /= 1 + 0.06 * (mentions - 1);
    if (c.variant === "subject") score += 0.1;
    if (c.sentence.index < 3) score *= 1.04;
    return { ...c, score: Math.max(0, Math.min(1, Number(score.toFixed(3)))) };
  });
  scored.sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index || a.prompt.localeCompare(b.prompt));

  // About one card per ten words; short wire stories pack more facts per word, so they get a little extra.
  const cap = Math.max(4, Math.min(150, Math.round(words / 10 + 8 + 8 * Math.max(0, 1 - words / 800))));
  const slots = new Map(article.infos.map((i) => [i.sentence.index, i.entities.filter((e) => e.type !== "demonym").length + i.dates.length + i.quantities.length]));
  const chosen: Candidate[] = [];
  const perFact = new Map<string, number>();
  const perSentence = new Map<number, number>();
  const variantsTaken = new Set<string>();
  const byAnswer = new Map<string, { words: Set<string> }[]>();
  for (const c of scored) {
    if (chosen.length >= cap) break;
    const isTitle = c.factId.startsWith("title|");
    const factLimit = isTitle ? 2 : 1;
    if ((perFact.get(c.factId) ?? 0) >= factLimit || variantsTaken.has(`${c.factId}|${c.variant}`)) continue;
    const sentenceCap = Math.max(MAX_PER_SENTENCE, Math.round(c.sentence.text.split(/\s+/).length / 4), Math.min(6, slots.get(c.sentence.index) ?? 0));
    if (!isTitle && (perSentence.get(c.sentence.index) ?? 0) >= sentenceCap) continue;
    const key = normAnswer(c.answer);
    const same = byAnswer.get(key) ?? [];
    const words = wordSet(c.prompt);
    if (same.length >= 3 || same.some((x) => overlap(x.words, words) >= 0.6)) continue;
    same.push({ words });
    byAnswer.set(key, same);
    chosen.push(c);
    perFact.set(c.factId, (perFact.get(c.factId) ?? 0) + 1);
    variantsTaken.add(`${c.factId}|${c.variant}`);
    if (!isTitle) perSentence.set(c.sentence.index, (perSentence.get(c.sentence.index) ?? 0) + 1);
  }
  return chosen.sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index);
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
