import { createEmptyCard, default_w, State, type Card } from "ts-fsrs";
import { describe, expect, test } from "vitest";
import { buildMemoryMap, type TMemoryMapCardInput, type TMemoryMark, type TMemorySegment } from "./build-memory-map";
import { describeMemoryMark } from "./describe-memory-mark";

const NOW = new Date("2024-03-10T12:00:00Z");
const DAY = 86_400_000;
const TEXT = "The council met on Monday. It voted to close the bridge.\nRepairs will take two years. Traffic moves to Elm Street.";
const S1 = "The council met on Monday.";
const S2 = "It voted to close the bridge.";
const S3 = "Repairs will take two years.";

/** A card reviewed `daysAgo` days before NOW with the given stability (days), in the Review state. */
function reviewed(daysAgo: number, stability = 10): Card {
  return { ...createEmptyCard(NOW), state: State.Review, stability, difficulty: 5, reps: 2, last_review: new Date(NOW.getTime() - daysAgo * DAY), due: new Date(NOW.getTime() + DAY) };
}

function card(id: string, sentence: string, fsrs: Card = createEmptyCard(NOW), extra: Partial<TMemoryMapCardInput> = {}): TMemoryMapCardInput {
  const start = TEXT.indexOf(sentence);
  return { id, prompt: `Q ${id}`, answer: `A ${id}`, sourceSentence: sentence, sourceStart: start, sourceEnd: start + sentence.length, fsrs, suspended: false, ...extra };
}

const marks = (paragraphs: TMemorySegment[][]) => paragraphs.flat().filter((s): s is TMemoryMark => s.kind === "mark");

describe("buildMemoryMap", () => {
  test("keeps the whole text, paragraph by paragraph, and marks only sentences with cards", () => {
    const map = buildMemoryMap(TEXT, [card("a", S2), card("b", S3, reviewed(1))], NOW);
    expect(map.paragraphs.map((p) => p.map((s) => s.text).join(""))).toEqual(TEXT.split("\n"));
    expect(map.paragraphs.map((p) => p.map((s) => s.kind))).toEqual([
      ["text", "mark"],
      ["mark", "text"],
    ]);
    expect(marks(map.paragraphs).map((m) => m.text)).toEqual([S2, S3]);
    expect(map.unplaced).toEqual([]);
  });

  test("every segment's start is where its text is in the article (the page maps a selection back with it)", () => {
    const map = buildMemoryMap(TEXT, [card("a", S2), card("b", S3, reviewed(1))], NOW);
    const segments = map.paragraphs.flat();
    expect(segments.length).toBeGreaterThan(2);
    for (const s of segments) expect(TEXT.slice(s.start, s.start + s.text.length)).toBe(s.text);
    expect(segments[1].start).toBeGreaterThan(0);
  });

  test.each([
    { name: "a new card is not yet studied", fsrs: createEmptyCard(NOW), status: "new", label: "not yet studied" },
    { name: "just reviewed: full recall", fsrs: reviewed(0), status: "studied", label: "recall 100\u202F%" },
    { name: "a day later: a little lower", fsrs: reviewed(1), status: "studied", label: /^recall 9\d\u202F%$/ },
    { name: "sixty days later: mostly forgotten", fsrs: reviewed(60), status: "studied", label: /^recall [1-7]\d\u202F%$/ },
  ])("$name", ({ fsrs, status, label }) => {
    const [mark] = marks(buildMemoryMap(TEXT, [card("a", S1, fsrs)], NOW).paragraphs);
    expect(mark.status).toBe(status);
    expect(describeMemoryMark(mark).label).toMatch(label);
  });

  test("a reviewed card's recall decays day after day", () => {
    const fsrs = reviewed(0);
    const recallAt = (days: number) => marks(buildMemoryMap(TEXT, [card("a", S1, fsrs)], new Date(NOW.getTime() + days * DAY)).paragraphs)[0].recall!;
    const values = [0, 1, 5, 10, 30, 100].map(recallAt);
    expect(values[0]).toBe(1);
    for (let i = 1; i < values.length; i += 1) expect(values[i]).toBeLessThan(values[i - 1]);
    // With stability 10, recall after 10 days is FSRS's 90 %.
    expect(values[3]).toBeCloseTo(0.9, 2);
  });

  test("the reader's own weights change the curve", () => {
    const w = [...default_w];
    w[20] = 0.8;
    const input = [card("a", S1, reviewed(40))];
    const own = marks(buildMemoryMap(TEXT, input, NOW, { fsrsWeights: w }).paragraphs)[0].recall;
    const defaults = marks(buildMemoryMap(TEXT, input, NOW).paragraphs)[0].recall;
    expect(own).not.toBeCloseTo(defaults!, 3);
  });

  test("two cards in one sentence: one mark with the lower recall, both cards listed", () => {
    const map = buildMemoryMap(TEXT, [card("a", S1, reviewed(1)), card("b", S1, reviewed(30)), card("c", S1)], NOW);
    const [mark] = marks(map.paragraphs);
    expect(marks(map.paragraphs)).toHaveLength(1);
    expect(mark.cards.map((c) => c.id)).toEqual(["a", "b", "c"]);
    expect(mark.recall).toBe(Math.min(...mark.cards.flatMap((c) => (c.recall === null ? [] : [c.recall]))));
    expect(mark.recall).toBeLessThan(mark.cards[0].recall!);
    expect(mark.newCards).toBe(1);
    expect(describeMemoryMark(mark).label).toMatch(/^recall \d+\u202F%, 1 card not yet studied$/);
  });

  test.each([
    { name: "offsets past the end", start: 500, end: 530 },
    { name: "offsets of another sentence", start: 0, end: S1.length },
    { name: "offsets that are not integers", start: Number.NaN, end: 3 },
  ])("$name: the sentence is found by its text", ({ start, end }) => {
    const [mark] = marks(buildMemoryMap(TEXT, [card("a", S3, reviewed(1), { sourceStart: start, sourceEnd: end })], NOW).paragraphs);
    expect(mark.text).toBe(S3);
  });

  test("a sentence found nowhere leaves the card unplaced and the text unmarked", () => {
    const map = buildMemoryMap(TEXT, [card("a", "A sentence the article lost.", reviewed(1), { sourceStart: 0, sourceEnd: 10 })], NOW);
    expect(marks(map.paragraphs)).toEqual([]);
    expect(map.unplaced.map((c) => c.id)).toEqual(["a"]);
  });

  test.each([
    { name: "suspended cards do not lower a studied sentence", cards: [card("a", S1, reviewed(1)), card("b", S1, reviewed(90), { suspended: true })], status: "studied", band: "strong" },
    { name: "suspended beside a new card: not yet studied", cards: [card("a", S1), card("b", S1, reviewed(1), { suspended: true })], status: "new", band: "new" },
    { name: "only suspended cards: suspended", cards: [card("b", S1, reviewed(1), { suspended: true })], status: "suspended", band: "suspended" },
  ])("$name", ({ cards, status, band }) => {
    const [mark] = marks(buildMemoryMap(TEXT, cards, NOW).paragraphs);
    expect(mark.status).toBe(status);
    expect(describeMemoryMark(mark).band).toBe(band);
    expect(mark.cards).toHaveLength(cards.length);
  });

  test("overlapping places merge into one mark", () => {
    const both = `${S1} ${S2}`;
    const map = buildMemoryMap(TEXT, [card("a", S1, reviewed(1)), card("b", both, reviewed(2))], NOW);
    expect(marks(map.paragraphs).map((m) => [m.text, m.cards.length])).toEqual([[both, 2]]);
  });
});

describe("describeMemoryMark", () => {
  test.each([
    { recall: 0.95, band: "strong" },
    { recall: 0.9, band: "strong" },
    { recall: 0.843, band: "fading" },
    { recall: 0.5, band: "weak" },
  ])("recall $recall is $band", ({ recall, band }) => {
    expect(describeMemoryMark({ status: "studied", recall, newCards: 0 }).band).toBe(band);
  });
});
