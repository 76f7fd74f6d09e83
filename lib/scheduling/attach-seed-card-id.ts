import type { Card } from "ts-fsrs";
import { toPlainCard } from "./to-plain-card";

/**
 * Name of the field ts-fsrs's `GenSeedStrategyWithCardId` reads from the card object (via
 * `Reflect.get(card, field)`). lib/scheduling adds it to a copy of the card before calling ts-fsrs
 * and strips it from every card it returns, so callers only ever pass `cardId` as an argument.
 */
export const SEED_CARD_ID_FIELD = "__seedCardId";

/**
 * A copy of `card` carrying `cardId` where the seed strategy of `createScheduler` looks for it.
 * ts-fsrs seeds fuzz with `String(cardId + reps)` (reps after this review).
 *
 * @example
 * scheduler.next(attachSeedCardId(card, "card-1"), now, Rating.Good);
 */
export function attachSeedCardId(card: Card, cardId: string): Card {
  return Object.assign(toPlainCard(card), { [SEED_CARD_ID_FIELD]: cardId });
}
