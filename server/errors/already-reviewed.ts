import "server-only";

/** The message when a grade arrives for a card whose version moved on (another tab graded it first). */
export const ALREADY_REVIEWED = "This card was already reviewed (perhaps in another tab), so this grade was not recorded. Here is your next card.";
