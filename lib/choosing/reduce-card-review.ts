import { validateCardEdit } from "@/lib/validations/choose-cards";

/** A card as the review screen shows it (the generator's wording; the reader's edit is kept apart). */
export type ReviewCard = {
  id: string;
  kind: string;
  prompt: string;
  answer: string;
  sourceSentence: string;
  sourceStart: number;
  sourceEnd: number;
};

export type Decision = "undecided" | "accepted" | "rejected";
type Wording = { prompt: string; answer: string };

export type CardReviewState = {
  /** The proposed cards, then the suggestions the reader added, in the order shown. */
  cards: ReviewCard[];
  /** Lower-ranked suggestions not added yet. */
  suggestions: ReviewCard[];
  decisions: Record<string, Decision>;
  /** The reader's wording, for edited cards only. */
  edits: Record<string, Wording>;
  /** Index in `cards` of the focused card. */
  focus: number;
  /** The open editor (always of the focused card), with its messages. */
  editing: (Wording & { errors: Partial<Record<keyof Wording, string>> }) | null;
};

export type CardReviewAction =
  | { type: "next" }
  | { type: "previous" }
  | { type: "focus"; index: number }
  | { type: "accept" }
  | { type: "reject" }
  | { type: "acceptAll" }
  | { type: "startEdit" }
  | { type: "changeEdit"; field: keyof Wording; value: string }
  | { type: "commitEdit" }
  | { type: "cancelEdit" }
  | { type: "addSuggestion"; id: string };

export function initCardReview(cards: ReviewCard[], suggestions: ReviewCard[]): CardReviewState {
  return { cards, suggestions, decisions: Object.fromEntries(cards.map((c) => [c.id, "undecided"])), edits: {}, focus: 0, editing: null };
}

function decide(state: CardReviewState, decision: Decision): CardReviewState {
  const card = state.cards[state.focus];
  if (!card) return state;
  // Deciding moves on to the next card, as a triage does; the last card keeps the focus.
  return { ...state, decisions: { ...state.decisions, [card.id]: decision }, focus: Math.min(state.focus + 1, state.cards.length - 1) };
}

/**
 * The review screen's keyboard flow (J/K move, A accept, R reject, E edit, Escape/Enter in the editor),
 * as a pure reducer. While the editor is open only editor actions apply, so a stray key never moves on.
 * @example reduceCardReview(initCardReview([a, b], []), { type: "accept" }) // a accepted, focus on b
 */
export function reduceCardReview(state: CardReviewState, action: CardReviewAction): CardReviewState {
  if (state.editing) {
    switch (action.type) {
      case "changeEdit":
        return { ...state, editing: { ...state.editing, [action.field]: action.value, errors: { ...state.editing.errors, [action.field]: undefined } } };
      case "cancelEdit":
        return { ...state, editing: null };
      case "commitEdit": {
        const card = state.cards[state.focus];
        const checked = validateCardEdit(card.kind, state.editing);
        if (!checked.ok) return { ...state, editing: { ...state.editing, errors: checked.errors } };
        const edits = { ...state.edits };
        if (checked.value.prompt === card.prompt && checked.value.answer === card.answer) delete edits[card.id];
        else edits[card.id] = checked.value;
        return { ...state, edits, decisions: { ...state.decisions, [card.id]: "accepted" }, editing: null };
      }
      default:
        return state;
    }
  }
  switch (action.type) {
    case "next":
      return { ...state, focus: Math.min(state.focus + 1, Math.max(state.cards.length - 1, 0)) };
    case "previous":
      return { ...state, focus: Math.max(state.focus - 1, 0) };
    case "focus":
      return action.index >= 0 && action.index < state.cards.length ? { ...state, focus: action.index } : state;
    case "accept":
      return decide(state, "accepted");
    case "reject":
      return decide(state, "rejected");
    case "acceptAll":
      // Every card not decided yet: a card the reader rejected stays rejected.
      return {
        ...state,
        decisions: Object.fromEntries(Object.entries(state.decisions).map(([id, d]) => [id, d === "rejected" ? d : "accepted"])),
      };
    case "startEdit": {
      const card = state.cards[state.focus];
      if (!card) return state;
      return { ...state, editing: { ...(state.edits[card.id] ?? { prompt: card.prompt, answer: card.answer }), errors: {} } };
    }
    case "addSuggestion": {
      const card = state.suggestions.find((s) => s.id === action.id);
      if (!card) return state;
      return {
        ...state,
        cards: [...state.cards, card],
        suggestions: state.suggestions.filter((s) => s.id !== action.id),
        decisions: { ...state.decisions, [card.id]: "accepted" },
        focus: state.cards.length,
      };
    }
    default:
      return state;
  }
}

/** What "Save" sends: the accepted cards, in order, each with the reader's wording if they edited it. */
export function listChosenCards(state: CardReviewState): { cardId: string; edit?: Wording }[] {
  return state.cards
    .filter((c) => state.decisions[c.id] === "accepted")
    .map((c) => (state.edits[c.id] ? { cardId: c.id, edit: state.edits[c.id] } : { cardId: c.id }));
}

/** How many cards are accepted, rejected and not decided yet. */
export function countDecisions(state: CardReviewState): Record<Decision, number> {
  const counts: Record<Decision, number> = { undecided: 0, accepted: 0, rejected: 0 };
  for (const c of state.cards) counts[state.decisions[c.id]]++;
  return counts;
}
