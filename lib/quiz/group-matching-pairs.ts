import type { CardRelation } from "./classify-card";
import { normalizeAnswer } from "./normalize-answer";
import { parseDate } from "./parse-date";
import type { MatchingPair, MatchingRelation } from "./types";

export interface MatchableCard {
  id: string;
  relation: CardRelation | null;
  sourceSentence: string;
}

/** Dates compare by month and day, so "Nov. 28" and "November 28, 2023" count as one date. */
function rightKeyOf(relation: CardRelation, right: string): string {
  const date = relation.kind === "event_date" ? parseDate(right) : null;
  const key = date ? `${date.month}-${date.day ?? `y${date.year ?? ""}`}` : normalizeAnswer(right);
  return `${relation.kind}:${key}`;
}

function sides(relation: CardRelation): [string, string] {
  return relation.kind === "person_title" ? [relation.person, relation.title] : [relation.event, relation.date];
}

/**
 * Collects one-to-one pairs per relation, in the order the cards come (so ranked cards win). A who-is
 * card and its reverse make one pair; a card whose left or right side is already paired with something
 * else is left out, because a matching question must have exactly one right answer per item.
 *
 * @example
 * groupMatchingPairs(cards).person_title.length // number of distinct person ↔ title pairs
 */
export function groupMatchingPairs(cards: readonly MatchableCard[]): Record<MatchingRelation, MatchingPair[]> {
  const result: Record<MatchingRelation, MatchingPair[]> = { person_title: [], event_date: [] };
  const byLeft = new Map<string, { pair: MatchingPair; rightKey: string }>();
  const rightKeys = new Set<string>();

  for (const card of cards) {
    if (!card.relation) continue;
    const [left, right] = sides(card.relation);
    const leftKey = `${card.relation.kind}:${normalizeAnswer(left)}`;
    const rightKey = rightKeyOf(card.relation, right);
    const existing = byLeft.get(leftKey);
    if (existing) {
      if (existing.rightKey === rightKey) existing.pair.cardIds.push(card.id);
      continue;
    }
    if (rightKeys.has(rightKey)) continue;
    const pair: MatchingPair = { left, right, cardIds: [card.id], sourceSentence: card.sourceSentence };
    byLeft.set(leftKey, { pair, rightKey });
    rightKeys.add(rightKey);
    result[card.relation.kind].push(pair);
  }
  return result;
}
