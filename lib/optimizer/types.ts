/**
 * One answer of a reader's review log, as the optimizer needs it: which card, when, the rating (1 Again …
 * 4 Easy; 0 Manual for a reset or reschedule), and the card's ts-fsrs state before it (0 New, 1 Learning,
 * 2 Review, 3 Relearning).
 */
export type TOptimizerLog = { cardId: string; review: Date; rating: number; state: number };

/** One review as the optimizer reads it: the rating and the whole study days since the card's previous review. */
export type TOptimizerReview = { rating: number; deltaT: number };

/**
 * One training example of the FSRS optimizer: a card's history up to and including one review (the last
 * entry, whose outcome is predicted from the ones before), and when that last review happened (ms), so
 * examples can be split by time.
 */
export type TOptimizerItem = { reviews: TOptimizerReview[]; at: number };

/** Log loss and RMSE (bins), the optimizer's two measures of how well weights predict recall; lower is better. */
export type TModelScore = { logLoss: number; rmseBins: number };
