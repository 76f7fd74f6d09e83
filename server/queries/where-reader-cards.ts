import "server-only";

/**
 * The cards of an article that count as one reader's cards (to list, count, chart or quiz): not retired,
 * and not a suggestion unless the reader added it (has a state for it); none of an article whose cards the
 * reader has not chosen yet (UserArticle.cardsToReview), and no card another reader made ("Make a card": its
 * maker has a state for it). Suggestions and cards waiting to be chosen get
 * no state, so queries that start from the reader's CardState rows need no such filter.
 */
export function whereReaderCards(userId: string) {
  return {
    retiredAt: null,
    OR: [{ suggested: false, ownerId: null, article: { enrollments: { none: { userId, cardsToReview: true } } } }, { states: { some: { userId } } }],
  };
}
