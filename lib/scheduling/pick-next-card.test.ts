import { createEmptyCard, fsrs, Rating } from "ts-fsrs";
import { describe, expect, test } from "vitest";
import { DEFAULT_SETTINGS } from "../validations/settings";
import { countLocalQueue } from "./count-local-queue";
import { pickNextCard, type TLocalQueueCard } from "./pick-next-card";
import { requeueGradedCard } from "./requeue-graded-card";
import { settleGradedCard } from "./settle-graded-card";

const NOW = new Date("2024-03-01T12:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();
const card = (stateId: string, kind: TLocalQueueCard["kind"], minutes = 0): TLocalQueueCard => ({ stateId, kind, due: at(minutes) });
const none = { review: 0, new: 0 };

describe("pickNextCard", () => {
  test.each([
    ["learning due now comes first, earliest first", [card("r", "review", -600), card("l2", "learning", -1), card("l1", "learning", -5)], none, "l1"],
    ["then reviews in the order sent", [card("n", "new"), card("r1", "review", -10), card("r2", "review", -20)], none, "r1"],
    ["then new cards", [card("n1", "new"), card("n2", "new"), card("l", "learning", 5)], none, "n1"],
    ["then learning within the learn-ahead limit", [card("l1", "learning", 15), card("l2", "learning", 3)], none, "l2"],
    ["never learning beyond the limit", [card("l", "learning", 25)], none, null],
    ["the server's other cards come before learning ahead: ask", [card("l", "learning", 3)], { review: 0, new: 4 }, null],
    ["nothing held", [], none, null],
  ] as const)("%s", (_, cards, remainder, expected) => {
    expect(pickNextCard(cards, remainder, NOW)?.stateId ?? null).toBe(expected);
  });
});

describe("countLocalQueue", () => {
  test("held reviews and new cards count, learning only once due within the learn-ahead limit, plus what the server still has", () => {
    const held = [card("r", "review", -5), card("n", "new"), card("l1", "learning", -1), card("l2", "learning", 19), card("l3", "learning", 21)];
    expect(countLocalQueue(held, { learning: 0, review: 7, new: 3 }, NOW)).toEqual({ learning: 2, review: 8, new: 4 });
  });
});

describe("settleGradedCard", () => {
  const sib = (stateId: string, kind: TLocalQueueCard["kind"], siblingKey: string | null, minutes = 0): TLocalQueueCard => ({ ...card(stateId, kind, minutes), siblingKey });
  const held = [sib("a", "new", "s1"), sib("a-new", "new", "s1"), sib("a-review", "review", "s1", -60), sib("a-learning", "learning", "s1", 5), sib("b", "new", "s2"), sib("c", "review", null)];
  test.each([
    ["a graded card leaves with its new and review siblings; a learning sibling stays", "a", null, ["a-learning", "b", "c"]],
    ["a card coming back today joins at the end", "a", { kind: "learning" as const, due: at(1) }, ["a-learning", "b", "c", "a"]],
    ["a graded learning card also drops its held new and review siblings", "a-learning", null, ["b", "c"]],
    ["a card without siblings leaves alone", "c", null, ["a", "a-new", "a-review", "a-learning", "b"]],
  ] as const)("%s", (_, gradedId, requeue, expected) => {
    const graded = held.find((c) => c.stateId === gradedId)!;
    const after = settleGradedCard(held, graded, requeue);
    expect(after.map((c) => c.stateId)).toEqual(expected);
    if (requeue) expect(after.at(-1)).toEqual({ ...graded, ...requeue });
  });
});

describe("requeueGradedCard", () => {
  const settings = { ...DEFAULT_SETTINGS, timeZone: "UTC", dayStartHour: 4 };
  const f = fsrs({ enable_fuzz: false });
  test("a card still in learning comes back today, with the intervals it will show when due", () => {
    const again = f.next(createEmptyCard(NOW), NOW, Rating.Again).card;
    const back = requeueGradedCard("s1", 3, again, NOW, settings);
    expect(back).toMatchObject({ stateId: "s1", version: 3, kind: "learning", due: again.due });
    expect(back?.intervals).toHaveLength(4);
    expect(back?.intervals[0]).toBe("1m");
  });
  test("a card that graduated, or whose next step is on a later study day, does not", () => {
    const easy = f.next(createEmptyCard(NOW), NOW, Rating.Easy).card;
    expect(requeueGradedCard("s1", 1, easy, NOW, settings)).toBeNull();
    // 03:55 UTC: the study day ends at 04:00, so a 10-minute step lands tomorrow.
    const late = new Date("2024-03-02T03:55:00Z");
    const good = f.next(createEmptyCard(late), late, Rating.Good).card;
    expect(good.due.getTime()).toBeGreaterThan(Date.parse("2024-03-02T04:00:00Z"));
    expect(requeueGradedCard("s1", 1, good, late, settings)).toBeNull();
  });
});
