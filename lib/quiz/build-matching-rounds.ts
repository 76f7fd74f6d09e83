import type { Rng } from "./create-rng";
import { groupMatchingPairs, type MatchableCard } from "./group-matching-pairs";
import type { MatchingPair, MatchingQuestion, MatchingRelation } from "./types";

/** Fewest and most pairs in one matching round. */
export const MATCHING_MIN = 5;
export const MATCHING_MAX = 6;

const INSTRUCTIONS: Record<MatchingRelation, string> = {
  person_title: "Match each person to their title.",
  event_date: "Match each event to its date.",
};

function makeRound(relation: MatchingRelation, pairs: MatchingPair[], rng: Rng): MatchingQuestion {
  const leftOrder = rng.shuffle(pairs.map((_, i) => i));
  let rightOrder = rng.shuffle(pairs.map((_, i) => i));
  // Side-by-side columns in the same order would give the game away: rotate once if so.
  if (rightOrder.every((pairIndex, i) => pairIndex === leftOrder[i])) rightOrder = [...rightOrder.slice(1), rightOrder[0]];
  return {
    id: "",
    format: "matching",
    relation,
    cardIds: pairs.flatMap((pair) => pair.cardIds),
    instruction: INSTRUCTIONS[relation],
    left: leftOrder.map((i) => pairs[i].left),
    right: rightOrder.map((i) => pairs[i].right),
    solution: leftOrder.map((pairIndex) => rightOrder.indexOf(pairIndex)),
    pairs: leftOrder.map((i) => pairs[i]),
  };
}

/**
 * Up to `wanted` matching rounds of 5–6 pairs, each of one relation, taking pairs in the order the
 * cards come (rank them first). Each round draws from the relation with the most pairs left; six
 * pairs a round unless five leave enough for one more. Ids are left empty for the caller to number.
 *
 * @example
 * buildMatchingRounds(rankedCards, 2, createRng("s")).map((q) => q.left.length) // [6, 5]
 */
export function buildMatchingRounds(cards: readonly MatchableCard[], wanted: number, rng: Rng): MatchingQuestion[] {
  const groups = groupMatchingPairs(cards);
  const queues: Record<MatchingRelation, MatchingPair[]> = {
    person_title: [...groups.person_title],
    event_date: [...groups.event_date],
  };
  const rounds: MatchingQuestion[] = [];
  while (rounds.length < wanted) {
    const relation = (Object.keys(queues) as MatchingRelation[]).sort((a, b) => queues[b].length - queues[a].length)[0];
    const remaining = queues[relation].length;
    if (remaining < MATCHING_MIN) break;
    const sixLeaveARound = remaining - MATCHING_MAX >= MATCHING_MIN;
    const fiveLeaveNone = remaining - MATCHING_MIN < MATCHING_MIN;
    const size = sixLeaveARound || fiveLeaveNone ? MATCHING_MAX : MATCHING_MIN;
    rounds.push(makeRound(relation, queues[relation].splice(0, Math.min(size, remaining)), rng));
  }
  return rounds;
}
