import { State } from "ts-fsrs";
import { describe, expect, test } from "vitest";
import { buildQueue, type TBuildQueueInput, type TQueueCard } from "./build-queue";

// 2024-03-10T06:30Z is 07:30 in Berlin; the study day (4 AM start) runs 03:00Z → 2024-03-11T03:00Z.
const NOW = new Date("2024-03-10T06:30:00Z");
const MIN = 60_000;
const at = (offsetMin: number) => new Date(NOW.getTime() + offsetMin * MIN);
const settings = { newPerDay: 20, reviewsPerDay: 200, timeZone: "Europe/Berlin", dayStartHour: 4 };

let seq = 0;
function card(id: string, state: State, dueOffsetMin: number, patch: Partial<TQueueCard> = {}): TQueueCard {
  seq += 1;
  return { id, state, due: at(dueOffsetMin), suspended: false, buriedUntil: null, rank: seq, siblingKey: null, ...patch };
}

function run(cards: TQueueCard[], patch: Partial<TBuildQueueInput> = {}) {
  return buildQueue({ cards, now: NOW, settings, doneToday: { newCards: 0, reviews: 0 }, ...patch });
}

const ids = (result: ReturnType<typeof run>) => result.queue.map((e) => e.id);

describe("buildQueue", () => {
  const mixed = [
    card("new-b", State.New, 0, { rank: 2 }),
    card("rev-late", State.Review, 600), // due later today (16:30 Berlin)
    card("learn-2", State.Learning, -1),
    card("new-a", State.New, 0, { rank: 1 }),
    card("rev-old", State.Review, -3 * 24 * 60),
    card("relearn-1", State.Relearning, -5),
    card("ahead", State.Learning, 15), // within the 20 min learn-ahead
    card("later", State.Learning, 45),
    card("rev-tomorrow", State.Review, 21 * 60), // 04:30 Berlin tomorrow: next study day
  ];

  test("order: learning due now, due reviews, new by rank, then learn-ahead", () => {
    const result = run(mixed);
    expect(ids(result)).toEqual(["relearn-1", "learn-2", "rev-old", "rev-late", "new-a", "new-b", "ahead"]);
    expect(result.queue.map((e) => e.kind)).toEqual(["learning", "learning", "review", "review", "new", "new", "learning"]);
    expect(result.counts).toEqual({ learning: 3, review: 2, new: 2 });
    expect(result.nextDueAt).toBeNull();
    expect(result.studyDay.dayKey).toBe("2024-03-10");
  });

  test.each([
    ["suspended", { suspended: true }, false],
    ["buried until tomorrow", { buriedUntil: new Date("2024-03-11T03:00:00Z") }, false],
    ["burial already over", { buriedUntil: new Date("2024-03-10T03:00:00Z") }, true],
  ])("a %s card is %s", (_name, patch, included) => {
    const cards = [
      card("l", State.Learning, -1, patch),
      card("r", State.Review, -60, patch),
      card("n", State.New, 0, patch),
      card("keep", State.Review, -30),
    ];
    expect(ids(run(cards))).toEqual(included ? ["l", "r", "keep", "n"] : ["keep"]);
  });

  const reviews = Array.from({ length: 6 }, (_, i) => card(`r${i}`, State.Review, -100 + i));
  const news = Array.from({ length: 6 }, (_, i) => card(`n${i}`, State.New, 0, { rank: i }));
  const learning = [card("l0", State.Learning, -2)];

  test.each([
    // limits, done today → reviews, new, learning in the queue
    [{ newPerDay: 20, reviewsPerDay: 200 }, { newCards: 0, reviews: 0 }, 6, 6, 1],
    [{ newPerDay: 2, reviewsPerDay: 200 }, { newCards: 0, reviews: 0 }, 6, 2, 1],
    [{ newPerDay: 2, reviewsPerDay: 200 }, { newCards: 1, reviews: 0 }, 6, 1, 1],
    [{ newPerDay: 2, reviewsPerDay: 200 }, { newCards: 5, reviews: 0 }, 6, 0, 1],
    [{ newPerDay: 20, reviewsPerDay: 4 }, { newCards: 0, reviews: 0 }, 4, 0, 1],
    [{ newPerDay: 20, reviewsPerDay: 8 }, { newCards: 0, reviews: 0 }, 6, 2, 1],
    [{ newPerDay: 20, reviewsPerDay: 8 }, { newCards: 0, reviews: 3 }, 5, 0, 1],
    [{ newPerDay: 20, reviewsPerDay: 10 }, { newCards: 3, reviews: 0 }, 6, 1, 1],
    [{ newPerDay: 0, reviewsPerDay: 0 }, { newCards: 0, reviews: 0 }, 0, 0, 1],
  ])("limits %j, done %j → %i reviews, %i new, %i learning", (limits, doneToday, r, n, l) => {
    const result = run([...news, ...reviews, ...learning], { settings: { ...settings, ...limits }, doneToday });
    expect(result.counts).toEqual({ review: r, new: n, learning: l });
    expect(ids(result)).toEqual([
      ...learning.map((c) => c.id),
      ...reviews.slice(0, r).map((c) => c.id),
      ...news.slice(0, n).map((c) => c.id),
    ]);
  });

  test("reviews due before the study day ends count as due; the day boundary uses the user's zone", () => {
    const before = card("before", State.Review, 20 * 60 + 29); // 2024-03-11T02:59Z = 03:59 Berlin
    const after = card("after", State.Review, 20 * 60 + 30); // 04:00 Berlin: tomorrow's card
    expect(ids(run([before, after]))).toEqual(["before"]);
  });

  test("ties are broken by rank, then id, so the order is stable", () => {
    const cards = [
      card("b", State.Review, -10, { rank: 1 }),
      card("a", State.Review, -10, { rank: 1 }),
      card("c", State.Review, -10, { rank: 0 }),
    ];
    expect(ids(run(cards))).toEqual(["c", "a", "b"]);
  });

  describe("siblings (same source sentence) are never shown on the same study day", () => {
    const g = (siblingKey: string) => ({ siblingKey });
    test.each([
      ["only the first new card of a group is taken", [card("a1", State.New, 0, { rank: 1, ...g("a") }), card("a2", State.New, 0, { rank: 2, ...g("a") }), card("b1", State.New, 0, { rank: 3, ...g("b") })], [], ["a1", "b1"]],
      ["of reviews, the first due", [card("r2", State.Review, -50, g("a")), card("r1", State.Review, -100, g("a")), card("x", State.Review, -60, g("b"))], [], ["r1", "x"]],
      ["a review takes its group's place before a new sibling", [card("n", State.New, 0, g("a")), card("r", State.Review, -5, g("a"))], [], ["r"]],
      ["a card answered today holds back its new and review siblings", [card("r", State.Review, -5, g("a")), card("n", State.New, 0, g("a")), card("m", State.New, 0, g("b"))], ["a"], ["m"]],
      ["a learning card holds back its siblings, and is shown", [card("n", State.New, 0, g("a")), card("r", State.Review, -5, g("a")), card("l", State.Relearning, -1, g("a"))], [], ["l"]],
      ["learning cards are never left out", [card("l1", State.Learning, -3, g("a")), card("l2", State.Learning, -1, g("a")), card("l3", State.Learning, 10, g("a"))], ["a"], ["l1", "l2", "l3"]],
      ["a suspended learning card holds nothing back", [card("l", State.Learning, -1, { ...g("a"), suspended: true }), card("n", State.New, 0, g("a"))], [], ["n"]],
      ["a buried learning card holds nothing back today", [card("l", State.Learning, -1, { ...g("a"), buriedUntil: new Date("2024-03-11T03:00:00Z") }), card("n", State.New, 0, g("a"))], [], ["n"]],
      ["cards without a key have no siblings", [card("n1", State.New, 0), card("n2", State.New, 0)], [], ["n1", "n2"]],
    ] as const)("%s", (_name, cards, answered, expected) => {
      const result = run([...cards], { doneToday: { newCards: 0, reviews: 0, siblingKeys: new Set(answered) } });
      expect(ids(result)).toEqual(expected);
      expect(result.counts.learning + result.counts.review + result.counts.new).toBe(expected.length);
    });

    test("the limits count only the cards taken, and room says how many more they would take", () => {
      const cards = [
        card("a1", State.New, 0, { rank: 1, ...g("a") }),
        card("a2", State.New, 0, { rank: 2, ...g("a") }),
        card("b1", State.New, 0, { rank: 3, ...g("b") }),
        card("c1", State.New, 0, { rank: 4, ...g("c") }),
      ];
      const two = run(cards, { settings: { ...settings, newPerDay: 2 } });
      expect(ids(two)).toEqual(["a1", "b1"]);
      expect(two.room).toEqual({ review: 200, new: 0 }); // reviews come first: new cards leave them their room
      const more = run(cards, { settings: { ...settings, newPerDay: 5 } });
      expect(ids(more)).toEqual(["a1", "b1", "c1"]);
      expect(more.room).toEqual({ review: 200, new: 2 });
    });

    test.each([
      ["held back by cards answered today: the next study day", [card("n", State.New, 0, g("a")), card("r", State.Review, -5, g("a"))], new Date("2024-03-11T03:00:00Z")],
      ["held back by a learning card later today: when that card shows", [card("n", State.New, 0, g("a")), card("l", State.Learning, 45, g("a"))], at(25)],
      ["held back by a learning card in two days: not tomorrow, when that card shows", [card("n", State.New, 0, g("a")), card("l", State.Learning, 2 * 24 * 60, g("a"))], at(2 * 24 * 60 - 20)],
    ] as const)("nextDueAt, %s", (_name, cards, expected) => {
      const answered = { newCards: 1, reviews: 0, siblingKeys: new Set(["a"]) };
      const result = run([...cards], { doneToday: answered });
      expect(result.queue).toEqual([]);
      expect(result.nextDueAt).toEqual(expected);
      // Then (a new study day, or the learning card due) the queue is no longer empty.
      const then = buildQueue({ cards: [...cards], now: expected, settings, doneToday: { newCards: 0, reviews: 0 } });
      expect(then.queue.length).toBeGreaterThan(0);
    });
  });

  describe("nextDueAt when the queue is empty", () => {
    test.each([
      ["nothing at all", [], null],
      ["only suspended cards", [card("s", State.Review, -5, { suspended: true })], null],
      // shown once it is within the learn-ahead window: 45 − 20 = 25 min from now
      ["a learning card later today", [card("l", State.Learning, 45)], at(25)],
      ["a review tomorrow at 15:00 Berlin: available from tomorrow's 4 AM", [card("r", State.Review, 32 * 60 + 30)], new Date("2024-03-11T03:00:00Z")],
      ["a review in 5 days", [card("r", State.Review, 5 * 24 * 60)], new Date("2024-03-15T03:00:00Z")],
      ["a buried review", [card("r", State.Review, -5, { buriedUntil: new Date("2024-03-11T03:00:00Z") })], new Date("2024-03-11T03:00:00Z")],
      ["learning later beats a review tomorrow", [card("l", State.Learning, 120), card("r", State.Review, 3000)], at(100)],
    ] as const)("%s → %s", (_name, cards, expected) => {
      const result = run([...cards]);
      expect(result.queue).toEqual([]);
      expect(result.nextDueAt).toEqual(expected);
    });

    test("cards held back by the limits come back when the next study day starts", () => {
      const result = run([card("r", State.Review, -5), card("n", State.New, 0)], {
        doneToday: { newCards: 20, reviews: 180 },
      });
      expect(result.queue).toEqual([]);
      expect(result.nextDueAt).toEqual(new Date("2024-03-11T03:00:00Z"));
    });

    test("at nextDueAt the queue is no longer empty", () => {
      const cards = [card("l", State.Learning, 45), card("r", State.Review, 3000)];
      const { nextDueAt } = run(cards);
      expect(nextDueAt).not.toBeNull();
      expect(buildQueue({ cards, now: nextDueAt!, settings, doneToday: { newCards: 0, reviews: 0 } }).queue).toHaveLength(1);
    });
  });
});
