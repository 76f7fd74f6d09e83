import { describe, expect, test } from "vitest";
import type { CardRelation } from "./classify-card";
import { groupMatchingPairs, type MatchableCard } from "./group-matching-pairs";

const pt = (person: string, title: string): CardRelation => ({ kind: "person_title", person, title });
const ed = (event: string, date: string): CardRelation => ({ kind: "event_date", event, date });
const card = (id: string, relation: CardRelation | null): MatchableCard => ({ id, relation, sourceSentence: `s-${id}` });

describe("groupMatchingPairs", () => {
  test.each<[string, MatchableCard[], Record<string, Array<[string, string, string[]]>>]>([
    [
      "both directions of a who-is card make one pair",
      [card("a", pt("Ken Gause", "analyst at CNA")), card("b", pt("Ken Gause", "Analyst at CNA."))],
      { person_title: [["Ken Gause", "analyst at CNA", ["a", "b"]]], event_date: [] },
    ],
    [
      "a person with a second, different title is left out",
      [card("a", pt("Ken Gause", "analyst")), card("b", pt("Ken Gause", "director"))],
      { person_title: [["Ken Gause", "analyst", ["a"]]], event_date: [] },
    ],
    [
      "two people with one title are ambiguous: the later one is left out",
      [card("a", pt("Ken Gause", "analyst")), card("b", pt("Jo Yong Won", "analyst"))],
      { person_title: [["Ken Gause", "analyst", ["a"]]], event_date: [] },
    ],
    [
      "two events on one date (spelled two ways) are ambiguous",
      [card("a", ed("When did A?", "November 28, 2023")), card("b", ed("When did B?", "Nov. 28")), card("c", ed("When did C?", "Nov. 21"))],
      { person_title: [], event_date: [["When did A?", "November 28, 2023", ["a"]], ["When did C?", "Nov. 21", ["c"]]] },
    ],
    ["cards without a relation are ignored", [card("a", null)], { person_title: [], event_date: [] }],
  ])("%s", (_label, cards, expected) => {
    const groups = groupMatchingPairs(cards);
    const simplified = Object.fromEntries(
      Object.entries(groups).map(([k, pairs]) => [k, pairs.map((p) => [p.left, p.right, p.cardIds])]),
    );
    expect(simplified).toEqual(expected);
  });
});
