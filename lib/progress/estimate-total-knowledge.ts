import type { Card } from "ts-fsrs";
import { createRetrievabilityCurve } from "../scheduling/create-retrievability-curve";
import type { TUserSettings } from "../validations/settings";
import { summarizeRetrievabilities } from "./summarize-retrievabilities";

export type TTotalKnowledge = {
  /** Cards with a review (not New): the ones that have a retrievability. */
  studiedCards: number;
  /** Σ retrievability: how many of the studied cards the reader is expected to recall right now. */
  expectedRecalled: number;
  /** expectedRecalled / studiedCards, 0–1; null when nothing is studied. */
  averageRetrievability: number | null;
  /** Each studied card's retrievability (0–1), input order: feed `buildDistribution(…, RETRIEVABILITY_BINS)`. */
  retrievabilities: number[];
  isEmpty: boolean;
};

/**
 * "Total knowledge", as in Anki's FSRS statistics: the sum of every studied card's current
 * probability of recall, i.e. the expected number of cards the reader would get right if asked all of
 * them now. New cards (never reviewed) have no retrievability and are left out. Which cards count
 * (suspended ones too?) is the caller's choice: pass what the page should describe.
 *
 * @example
 * estimateTotalKnowledge([reviewCardAtDue, createEmptyCard(now)], now);
 * // { studiedCards: 1, expectedRecalled: ≈0.9, averageRetrievability: ≈0.9, retrievabilities: [≈0.9], isEmpty: false }
 */
export function estimateTotalKnowledge(
  cards: Iterable<Pick<Card, "state" | "stability" | "last_review">>,
  now: Date,
  settings?: Pick<TUserSettings, "fsrsWeights">,
): TTotalKnowledge {
  if (Number.isNaN(now.getTime())) throw new RangeError("now is not a valid date");
  const curve = createRetrievabilityCurve(settings);
  const values: (number | null)[] = [];
  for (const card of cards) values.push(curve(card, now));
  return summarizeRetrievabilities(values);
}
