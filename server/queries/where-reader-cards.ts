import "server-only";

/**
 * The cards of an article that count as one reader's cards (to list, count, chart or quiz): not retired,
 * and not a suggestion unless the reader added it (has a state for it). Suggestions get no state on
 * enrolment, so queries that start from the reader's CardState rows need no such filter.
 */
export function whereReaderCards(userId: string) {
  return { retiredAt: null, OR: [{ suggested: false }, { states: { some: { userId } } }] };
}
