import type { TTotalKnowledge } from "./estimate-total-knowledge";

/**
 * "Total knowledge" from retrievabilities already computed (one per card; null for a card never reviewed,
 * which is left out, as are values that are not finite). `estimateTotalKnowledge` computes them first;
 * the progress page, which needs each card's value for its per-article figures too, computes them once
 * and calls this.
 *
 * @example
 * summarizeRetrievabilities([0.9, null, 0.5]); // { studiedCards: 2, expectedRecalled: 1.4, averageRetrievability: 0.7, … }
 */
export function summarizeRetrievabilities(values: Iterable<number | null>): TTotalKnowledge {
  const retrievabilities: number[] = [];
  let expectedRecalled = 0;
  for (const r of values) {
    if (r === null || !Number.isFinite(r)) continue;
    retrievabilities.push(r);
    expectedRecalled += r;
  }
  const studiedCards = retrievabilities.length;
  return {
    studiedCards,
    expectedRecalled,
    averageRetrievability: studiedCards === 0 ? null : expectedRecalled / studiedCards,
    retrievabilities,
    isEmpty: studiedCards === 0,
  };
}
