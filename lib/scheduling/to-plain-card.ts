import type { Card } from "ts-fsrs";

/**
 * Copies exactly the ts-fsrs `Card` fields, dropping anything else riding along (the fuzz seed id
 * added by lib/scheduling, or row fields a caller passed in). `last_review` is always present as a
 * key (undefined for a card never reviewed), as `createEmptyCard` makes it.
 *
 * @example
 * toPlainCard({ ...createEmptyCard(now), __seedCardId: "c1" }); // no __seedCardId
 */
export function toPlainCard(card: Card): Card {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review ?? undefined,
  };
}
