import { describe, expect, test } from "vitest";
import { buildMatchingRounds } from "./build-matching-rounds";
import type { CardRelation } from "./classify-card";
import { createRng } from "./create-rng";
import type { MatchableCard } from "./group-matching-pairs";

const people = (n: number): MatchableCard[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    relation: { kind: "person_title", person: `Person ${String.fromCharCode(65 + i)}`, title: `title ${i}` } satisfies CardRelation,
    sourceSentence: "",
  }));
const events = (n: number): MatchableCard[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    relation: { kind: "event_date", event: `When did event ${i} happen?`, date: `March ${i + 1}` } satisfies CardRelation,
    sourceSentence: "",
  }));

describe("buildMatchingRounds", () => {
  test.each<[string, MatchableCard[], number, number[]]>([
    ["four pairs: none", people(4), 5, []],
    ["five pairs: one of five", people(5), 5, [5]],
    ["seven pairs: one of six", people(7), 5, [6]],
    ["ten pairs: two of five", people(10), 5, [5, 5]],
    ["eleven pairs: six then five", people(11), 5, [6, 5]],
    ["twelve pairs: six and six", people(12), 5, [6, 6]],
    ["asked for one", people(12), 1, [6]],
    ["both relations", [...people(6), ...events(5)], 5, [6, 5]],
  ])("%s", (_label, cards, wanted, sizes) => {
    const rounds = buildMatchingRounds(cards, wanted, createRng("m"));
    expect(rounds.map((r) => r.left.length)).toEqual(sizes);
    for (const round of rounds) {
      expect(new Set(round.cardIds.map((id) => id[0])).size).toBe(1);
      round.left.forEach((left, i) => expect(round.pairs[i]).toMatchObject({ left, right: round.right[round.solution[i]] }));
    }
  });

  test.each(Array.from({ length: 30 }, (_, i) => [`seed-${i}`]))("columns never line up one to one (%s)", (seed) => {
    for (const round of buildMatchingRounds(people(5), 1, createRng(seed))) {
      expect(round.solution.some((right, left) => right !== left)).toBe(true);
    }
  });
});
