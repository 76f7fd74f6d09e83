/**
 * The fewest optimizer items (reviews of a card on a later day than an earlier review of it) we fit from.
 * The FSRS optimizer keeps the default weights below 8 such items and fits only the four initial
 * stabilities below 64; our fit trains on the earlier 80 % of the items and scores on the rest, so 80
 * items give the optimizer its 64 and leave 16 reviews to judge the result by.
 */
export const MIN_FIT_ITEMS = 80;
