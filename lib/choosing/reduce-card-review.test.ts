import { describe, expect, test } from "vitest";
import { countDecisions, initCardReview, listChosenCards, reduceCardReview, type CardReviewAction, type CardReviewState, type ReviewCard } from "./reduce-card-review";

const card = (id: string, kind = "cloze"): ReviewCard => ({
  id,
  kind,
  prompt: kind === "cloze" ? `Fact ${id} is _____.` : `What is ${id}?`,
  answer: `Answer ${id}`,
  sourceSentence: `Fact ${id} is true.`,
  sourceStart: 0,
  sourceEnd: 10,
});

const start = () => initCardReview([card("a"), card("b"), card("c", "question")], [card("s1"), card("s2")]);
const run = (actions: CardReviewAction[], from: CardReviewState = start()) => actions.reduce(reduceCardReview, from);
const decisions = (s: CardReviewState) => s.cards.map((c) => s.decisions[c.id]);

describe("reduceCardReview: moving and deciding", () => {
  test.each<[string, CardReviewAction[], number, string[]]>([
    ["starts on the first card, nothing decided", [], 0, ["undecided", "undecided", "undecided"]],
    ["J moves down", [{ type: "next" }], 1, ["undecided", "undecided", "undecided"]],
    ["J stops at the last card", [{ type: "next" }, { type: "next" }, { type: "next" }], 2, ["undecided", "undecided", "undecided"]],
    ["K stops at the first card", [{ type: "previous" }], 0, ["undecided", "undecided", "undecided"]],
    ["J then K", [{ type: "next" }, { type: "previous" }], 0, ["undecided", "undecided", "undecided"]],
    ["A accepts and moves on", [{ type: "accept" }], 1, ["accepted", "undecided", "undecided"]],
    ["R rejects and moves on", [{ type: "next" }, { type: "reject" }], 2, ["undecided", "rejected", "undecided"]],
    ["deciding the last card keeps the focus there", [{ type: "focus", index: 2 }, { type: "accept" }], 2, ["undecided", "undecided", "accepted"]],
    ["a decision can be changed", [{ type: "accept" }, { type: "previous" }, { type: "reject" }], 1, ["rejected", "undecided", "undecided"]],
    ["focus out of range is ignored", [{ type: "focus", index: 7 }], 0, ["undecided", "undecided", "undecided"]],
    ["Accept all keeps rejections", [{ type: "next" }, { type: "reject" }, { type: "acceptAll" }], 2, ["accepted", "rejected", "accepted"]],
  ])("%s", (_name, actions, focus, expected) => {
    const s = run(actions);
    expect(s.focus).toBe(focus);
    expect(decisions(s)).toEqual(expected);
  });

  test("an empty deck stays put", () => {
    const s = run([{ type: "next" }, { type: "accept" }, { type: "startEdit" }], initCardReview([], []));
    expect(s).toEqual(initCardReview([], []));
  });
});

describe("reduceCardReview: editing", () => {
  test.each<[string, CardReviewAction[], { edit?: { prompt: string; answer: string }; errors?: object; editing: boolean; decision: string }]>([
    [
      "E opens the editor with the card's wording, Escape closes it unchanged",
      [{ type: "startEdit" }, { type: "changeEdit", field: "answer", value: "x" }, { type: "cancelEdit" }],
      { editing: false, decision: "undecided" },
    ],
    [
      "Enter saves a valid edit and accepts the card, without moving on",
      [{ type: "startEdit" }, { type: "changeEdit", field: "answer", value: "New answer" }, { type: "commitEdit" }],
      { edit: { prompt: "Fact a is _____.", answer: "New answer" }, editing: false, decision: "accepted" },
    ],
    [
      "a cloze without its blank is refused with a message, the editor stays open",
      [{ type: "startEdit" }, { type: "changeEdit", field: "prompt", value: "Fact a is true." }, { type: "commitEdit" }],
      { errors: { prompt: "Keep exactly one blank (_____) where the answer goes." }, editing: true, decision: "undecided" },
    ],
    [
      "an empty answer is refused",
      [{ type: "startEdit" }, { type: "changeEdit", field: "answer", value: " " }, { type: "commitEdit" }],
      { errors: { answer: "The answer cannot be empty." }, editing: true, decision: "undecided" },
    ],
    [
      "typing again clears that field's message",
      [{ type: "startEdit" }, { type: "changeEdit", field: "answer", value: "" }, { type: "commitEdit" }, { type: "changeEdit", field: "answer", value: "B" }],
      { errors: { answer: undefined }, editing: true, decision: "undecided" },
    ],
    [
      "saving the original wording records no edit",
      [{ type: "startEdit" }, { type: "commitEdit" }],
      { editing: false, decision: "accepted" },
    ],
    [
      "keys that move or decide do nothing while editing",
      [{ type: "startEdit" }, { type: "next" }, { type: "reject" }, { type: "acceptAll" }, { type: "addSuggestion", id: "s1" }],
      { editing: true, decision: "undecided", errors: {} },
    ],
  ])("%s", (_name, actions, expected) => {
    const s = run(actions);
    expect(s.focus).toBe(0);
    expect(s.edits.a).toEqual(expected.edit);
    expect(s.editing !== null).toBe(expected.editing);
    if (expected.errors) expect(s.editing?.errors).toEqual(expected.errors);
    expect(s.decisions.a).toBe(expected.decision);
  });

  test("editing again starts from the reader's wording; a question keeps no blank", () => {
    const s = run([
      { type: "focus", index: 2 },
      { type: "startEdit" },
      { type: "changeEdit", field: "prompt", value: "What is c, really?" },
      { type: "commitEdit" },
      { type: "startEdit" },
    ]);
    expect(s.editing).toEqual({ prompt: "What is c, really?", answer: "Answer c", errors: {} });
    const blank = run([{ type: "changeEdit", field: "prompt", value: "What is _____?" }, { type: "commitEdit" }], s);
    expect(blank.editing?.errors.prompt).toMatch(/no blank/);
  });
});

describe("suggestions and what is saved", () => {
  test("adding a suggestion appends it accepted and focused; it leaves the list; an unknown id changes nothing", () => {
    const s = run([{ type: "addSuggestion", id: "s2" }]);
    expect(s.cards.map((c) => c.id)).toEqual(["a", "b", "c", "s2"]);
    expect(s.suggestions.map((c) => c.id)).toEqual(["s1"]);
    expect(s.focus).toBe(3);
    expect(s.decisions.s2).toBe("accepted");
    expect(run([{ type: "addSuggestion", id: "s2" }], s)).toBe(s);
  });

  test("listChosenCards sends exactly the accepted cards, in order, with edits; countDecisions counts them", () => {
    const s = run([
      { type: "accept" },
      { type: "reject" },
      { type: "startEdit" },
      { type: "changeEdit", field: "answer", value: "C!" },
      { type: "commitEdit" },
      { type: "addSuggestion", id: "s1" },
    ]);
    expect(listChosenCards(s)).toEqual([{ cardId: "a" }, { cardId: "c", edit: { prompt: "What is c?", answer: "C!" } }, { cardId: "s1" }]);
    expect(countDecisions(s)).toEqual({ accepted: 3, rejected: 1, undecided: 0 });
    expect(countDecisions(start())).toEqual({ accepted: 0, rejected: 0, undecided: 3 });
  });
});
