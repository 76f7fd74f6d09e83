import type { AnswerType } from "./classify-card";
import type { Rng } from "./create-rng";
import { normalizeAnswer } from "./normalize-answer";

export interface WrongOptionSource {
  id: string;
  answer: string;
  aliases: readonly string[];
  distractors: readonly string[];
  answerType: AnswerType;
}

/** Up to this many cards the whole pool is scanned; above it, positions are sampled. */
const SMALL_POOL = 200;

/**
 * Wrong options for one card: its own distractors first (they were chosen for the sentence), then
 * other cards' answers of the same answer type in seeded order until there are `limit` options. Drops
 * anything equal to the answer or an alias after normalisation, and duplicates.
 *
 * @example
 * collectWrongOptions(card, allCards, createRng("s")) // ["Kim Yo Jong", "Jo Yong Won", "Choe Son Hui"]
 */
export function collectWrongOptions(
  card: WrongOptionSource,
  pool: readonly WrongOptionSource[],
  rng: Rng,
  limit = 6,
): string[] {
  const seen = new Set([card.answer, ...card.aliases].map(normalizeAnswer));
  const out: string[] = [];
  const offer = (text: string) => {
    const key = normalizeAnswer(text);
    if (key === "" || seen.has(key)) return;
    seen.add(key);
    out.push(text.trim());
  };
  card.distractors.forEach(offer);
  const fits = (other: WrongOptionSource) => other.id !== card.id && other.answerType === card.answerType;
  if (pool.length <= SMALL_POOL) {
    // Draw one at a time (a partial Fisher–Yates) and stop at `limit`.
    const borrowed = pool.filter(fits);
    for (let i = 0; i < borrowed.length && out.length < limit; i += 1) {
      const j = i + rng.int(borrowed.length - i);
      [borrowed[i], borrowed[j]] = [borrowed[j], borrowed[i]];
      offer(borrowed[i].answer);
    }
  } else {
    // Thousands of cards ("all articles"): sample positions instead of scanning the pool for every
    // card. Pass a pool of one answer type to waste no draws.
    const tried = new Set<number>();
    for (let draws = 0; out.length < limit && draws < limit * 8; draws += 1) {
      const k = rng.int(pool.length);
      if (tried.has(k)) continue;
      tried.add(k);
      if (fits(pool[k])) offer(pool[k].answer);
    }
  }
  return out;
}
