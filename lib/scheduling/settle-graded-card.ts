import type { TLocalQueueCard } from "./pick-next-card";

/**
 * The cards the review page holds after a grade, as buildQueue would now hold them: the graded card leaves
 * (and joins at the end with its new version, due time and intervals when it comes back today), and so do
 * its held new and review siblings, which wait for the next study day once a card of their group was
 * answered. Held learning siblings stay: learning cards are never left out.
 *
 * @example
 * settleGradedCard([a, aSibling, b], a, null); // [b]
 * settleGradedCard([a, b], a, { kind: "learning", due: inOneMinute, version: 2 }); // [b, { ...a, kind: "learning", due: inOneMinute, version: 2 }]
 */
export function settleGradedCard<T extends TLocalQueueCard>(cards: readonly T[], graded: T, requeue: Partial<T> | null): T[] {
  const key = graded.siblingKey ?? null;
  const rest = cards.filter(
    (c) => c.stateId !== graded.stateId && (key === null || c.kind === "learning" || (c.siblingKey ?? null) !== key),
  );
  return requeue ? [...rest, { ...graded, ...requeue }] : rest;
}
