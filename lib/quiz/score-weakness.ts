import type { CardSchedulingFacts } from "./types";

/** Where an unstudied card sits: weaker than a well-known card, never above a lapsed one. */
const NEW_CARD_WEAKNESS = 0.6;
/** Every lapsed card scores at least this much, above any new card. */
const LAPSED_FLOOR = 0.75;

/**
 * How much a card needs practice, higher first: lapsed cards rank above everything (more lapses and
 * lower retrievability rank higher), then studied cards by 1 − retrievability, with new or unstudied
 * cards at 0.6 (so a studied card the learner has probably forgotten, R < 0.4, still comes before them).
 * Missing facts count as a new card; an unknown retrievability on a studied card counts as 0.5.
 *
 * @example
 * scoreWeakness({ retrievability: 0.9, lapses: 2, reps: 6 }) // 0.975: lapsed, above any new card
 * scoreWeakness(null)                                        // 0.6
 */
export function scoreWeakness(facts: CardSchedulingFacts | null | undefined): number {
  if (!facts || !(facts.reps > 0)) return NEW_CARD_WEAKNESS;
  const raw = facts.retrievability;
  const retrievability = raw === null || !Number.isFinite(raw) ? 0.5 : Math.min(1, Math.max(0, raw));
  const lapses = Number.isFinite(facts.lapses) ? Math.max(0, facts.lapses) : 0;
  if (lapses === 0) return 1 - retrievability;
  return LAPSED_FLOOR + 0.25 * (1 - retrievability) + 0.1 * Math.min(lapses, 5);
}
