import { createEmptyCard, State } from "ts-fsrs";
import { describe, expect, test } from "vitest";
import type { TMemoryMap, TMemoryMapCard } from "./build-memory-map";
import { presentMemoryMap } from "./present-memory-map";

const NOW = new Date("2024-03-10T12:00:00Z");
const HOUR = 3_600_000;

function mapOf(card: TMemoryMapCard): TMemoryMap {
  return {
    paragraphs: [[{ kind: "text", text: "Before. ", start: 0 }, { kind: "mark", key: "8", start: 8, text: "A fact.", status: card.recall === null ? "new" : "studied", recall: card.recall, newCards: card.recall === null ? 1 : 0, cards: [card] }]],
    unplaced: [],
  };
}

const base: TMemoryMapCard = { id: "c", prompt: "Q?", answer: "A", state: State.Review, due: NOW, suspended: false, recall: 0.843 };

describe("presentMemoryMap", () => {
  test.each([
    { name: "new card", card: { ...base, state: State.New, due: createEmptyCard(NOW).due, recall: null }, state: "new", due: "—", recall: "not yet studied" },
    { name: "due in three days", card: { ...base, due: new Date(NOW.getTime() + 72 * HOUR) }, state: "review", due: "due in 3d", recall: "84\u202F%" },
    { name: "overdue", card: { ...base, due: new Date(NOW.getTime() - 48 * HOUR) }, state: "review", due: "overdue by 2d", recall: "84\u202F%" },
    { name: "due this minute, learning", card: { ...base, state: State.Learning, due: NOW }, state: "learning", due: "due now", recall: "84\u202F%" },
    { name: "suspended", card: { ...base, state: State.Relearning, suspended: true, due: new Date(NOW.getTime() + 10 * 60_000) }, state: "relearning, suspended", due: "due in 10m", recall: "84\u202F%" },
  ])("$name", ({ card, state, due, recall }) => {
    const [, mark] = presentMemoryMap(mapOf(card), NOW).paragraphs[0];
    expect(mark.kind).toBe("mark");
    if (mark.kind !== "mark") return;
    expect(mark.cards[0]).toMatchObject({ state, due, recall, dueIso: card.due.toISOString() });
    expect(mark.label).toBe(card.recall === null ? "not yet studied" : "recall 84\u202F%");
  });

  test("keeps plain text as it is", () => {
    expect(presentMemoryMap(mapOf(base), NOW).paragraphs[0][0]).toEqual({ kind: "text", text: "Before. ", start: 0 });
  });
});
