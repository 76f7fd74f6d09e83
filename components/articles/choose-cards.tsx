"use client";

import { useCallback, useEffect, useMemo, useReducer, useRef, useState, useTransition, type KeyboardEvent as ReactKeyboardEvent } from "react";
import { saveChosenCardsAction } from "@/app/(app)/articles/[id]/review/actions";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { locateSentence, markSourceSentence } from "@/lib/choosing/mark-source-sentence";
import {
  countDecisions,
  initCardReview,
  listChosenCards,
  reduceCardReview,
  type CardReviewAction,
  type Decision,
  type ReviewCard,
} from "@/lib/choosing/reduce-card-review";

const KEYS: Record<string, CardReviewAction> = {
  j: { type: "next" },
  k: { type: "previous" },
  a: { type: "accept" },
  r: { type: "reject" },
  e: { type: "startEdit" },
};

/** Each card's buttons: the same actions as A, R and E, on the card clicked. */
const CARD_BUTTONS: { label: string; action: CardReviewAction; pressed?: Decision }[] = [
  { label: "Accept", action: { type: "accept" }, pressed: "accepted" },
  { label: "Reject", action: { type: "reject" }, pressed: "rejected" },
  { label: "Edit", action: { type: "startEdit" } },
];

const DECISION_LABEL: Record<Decision, string> = { undecided: "Not decided", accepted: "Accepted", rejected: "Rejected" };
const DECISION_STYLE: Record<Decision, string> = {
  undecided: "border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900",
  accepted: "border-green-600 bg-white dark:border-green-500 dark:bg-stone-900",
  rejected: "border-dashed border-stone-400 bg-stone-100 dark:border-stone-600 dark:bg-stone-950",
};

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/**
 * The review screen of a new article: its proposed cards beside its text, the focused card's source
 * sentence marked in the text. The keyboard flow is the pure reducer in lib/choosing; "Save" sends the
 * accepted cards to the server, which puts exactly those in the queue.
 */
export function ChooseCards({ articleId, text, cards, suggestions }: { articleId: string; text: string; cards: ReviewCard[]; suggestions: ReviewCard[] }) {
  const [state, dispatch] = useReducer(reduceCardReview, undefined, () => initCardReview(cards, suggestions));
  const [saving, startSaving] = useTransition();
  const [message, setMessage] = useState<string>();
  const cardRefs = useRef<(HTMLLIElement | null)[]>([]);
  const markRef = useRef<HTMLElement | null>(null);
  const moveFocus = useRef(false);

  const focused = state.cards[state.focus];
  const span = focused ? locateSentence(text, { sentence: focused.sourceSentence, start: focused.sourceStart, end: focused.sourceEnd }) : null;
  const spanStart = span?.start;
  const spanEnd = span?.end;
  const paragraphs = useMemo(
    () => markSourceSentence(text, spanStart === undefined || spanEnd === undefined ? null : { start: spanStart, end: spanEnd }),
    [text, spanStart, spanEnd],
  );

  /** Acts on the review and, once the editor is closed, puts the keyboard focus on the focused card. */
  const act = useCallback((action: CardReviewAction) => {
    moveFocus.current = true;
    dispatch(action);
  }, []);

  useEffect(() => {
    if (!moveFocus.current || state.editing) return;
    moveFocus.current = false;
    cardRefs.current[state.focus]?.focus();
  }, [state.focus, state.editing]);

  const editorOpen = state.editing !== null;
  useEffect(() => {
    if (editorOpen) document.getElementById("field-edit-prompt")?.focus();
  }, [editorOpen]);

  useEffect(() => {
    markRef.current?.scrollIntoView({ block: "nearest" });
  }, [spanStart]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (state.editing) {
        // Escape closes the editor from anywhere in it (its fields or buttons).
        if (e.key === "Escape") {
          e.preventDefault();
          act({ type: "cancelEdit" });
        }
        return;
      }
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const action = KEYS[e.key.toLowerCase()];
      if (!action) return;
      e.preventDefault();
      act(action);
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [state.editing, act]);

  /** Enter in a field saves the edit (Shift+Enter starts a new line in the prompt). */
  function onEditorKey(e: ReactKeyboardEvent) {
    if (e.key === "Enter" && !e.shiftKey) {
      e.preventDefault();
      act({ type: "commitEdit" });
    }
  }

  function save() {
    setMessage(undefined);
    startSaving(async () => {
      const result = await saveChosenCardsAction({ articleId, accepted: listChosenCards(state) });
      if (result && !result.ok) setMessage(result.message);
    });
  }

  const counts = countDecisions(state);
  const chosen = counts.accepted;

  return (
    <div className="space-y-6">
      <p className="text-sm text-stone-600 dark:text-stone-400" id="review-keys">
        Keys: <kbd className="font-mono">J</kbd> / <kbd className="font-mono">K</kbd> next and previous card, <kbd className="font-mono">A</kbd> accept,{" "}
        <kbd className="font-mono">R</kbd> reject, <kbd className="font-mono">E</kbd> edit (<kbd className="font-mono">Enter</kbd> saves the edit,{" "}
        <kbd className="font-mono">Escape</kbd> cancels it).
      </p>
      <div className="grid gap-6 lg:grid-cols-[1fr_1fr]">
        <section aria-labelledby="proposed-heading">
          <h2 id="proposed-heading" className="mb-3 text-lg font-semibold">
            Proposed cards ({state.cards.length})
          </h2>
          <ol className="space-y-3" aria-describedby="review-keys">
            {state.cards.map((c, i) => {
              const decision = state.decisions[c.id];
              const wording = state.edits[c.id] ?? c;
              const current = i === state.focus;
              const editing = current ? state.editing : null;
              return (
                <li
                  key={c.id}
                  ref={(el) => {
                    cardRefs.current[i] = el;
                  }}
                  // The card itself takes the focus (a roving tabindex), so J/K move a visible focus through the
                  // list; its buttons do the same for a mouse or Tab. onFocus only follows that focus.
                  // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
                  tabIndex={current ? 0 : -1}
                  aria-current={current ? "true" : undefined}
                  aria-labelledby={`card-${c.id}-title`}
                  onFocus={() => {
                    if (!current) dispatch({ type: "focus", index: i });
                  }}
                  className={`rounded-xl border-2 p-4 outline-none focus-visible:ring-4 focus-visible:ring-brand-600 ${DECISION_STYLE[decision]} ${current ? "ring-2 ring-brand-600 ring-offset-2 dark:ring-offset-stone-950" : ""}`}
                >
                  <p id={`card-${c.id}-title`} className="text-sm text-stone-600 dark:text-stone-400">
                    Card {i + 1}: <span className="font-semibold">{DECISION_LABEL[decision]}</span>
                    {state.edits[c.id] ? " · edited" : ""}
                  </p>
                  {editing ? (
                    <form
                      className="mt-2 space-y-3"
                      aria-label="Edit the card"
                      noValidate
                      onSubmit={(e) => {
                        e.preventDefault();
                        act({ type: "commitEdit" });
                      }}
                    >
                      <TextAreaField
                        label={c.kind === "cloze" ? "Prompt (keep the blank _____)" : "Question"}
                        name="edit-prompt"
                        rows={3}
                        value={editing.prompt}
                        error={editing.errors.prompt}
                        onKeyDown={onEditorKey}
                        onChange={(e) => dispatch({ type: "changeEdit", field: "prompt", value: e.target.value })}
                      />
                      <TextField
                        label="Answer"
                        name="edit-answer"
                        value={editing.answer}
                        error={editing.errors.answer}
                        onKeyDown={onEditorKey}
                        onChange={(e) => dispatch({ type: "changeEdit", field: "answer", value: e.target.value })}
                      />
                      <div className="flex gap-2">
                        <Button type="submit">Save edit</Button>
                        <Button variant="secondary" onClick={() => act({ type: "cancelEdit" })}>
                          Cancel
                        </Button>
                      </div>
                    </form>
                  ) : (
                    <>
                      <p className="mt-1 font-medium">{wording.prompt}</p>
                      <p className="mt-1 text-brand-700 dark:text-brand-100">{wording.answer}</p>
                      <div className="mt-3 flex flex-wrap gap-2">
                        {CARD_BUTTONS.map((b) => (
                          <Button
                            key={b.label}
                            variant={b.pressed && decision === b.pressed ? "primary" : "secondary"}
                            aria-pressed={b.pressed ? decision === b.pressed : undefined}
                            onClick={() => {
                              dispatch({ type: "focus", index: i });
                              act(b.action);
                            }}
                          >
                            {b.label}
                          </Button>
                        ))}
                      </div>
                    </>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
        <section aria-labelledby="text-heading" className="lg:sticky lg:top-4 lg:self-start">
          <h2 id="text-heading" className="mb-3 text-lg font-semibold">
            Text
          </h2>
          {/* Scrolls on its own: focusable so keyboard readers can scroll it too (axe scrollable-region-focusable). */}
          <div
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll container must take focus to scroll by keyboard
            tabIndex={0}
            className="max-h-[70vh] space-y-3 overflow-y-auto rounded-xl border focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 border-stone-200 bg-white p-4 leading-relaxed dark:border-stone-800 dark:bg-stone-900">
            {paragraphs.map((pieces, i) => (
              <p key={i}>
                {pieces.map((piece, j) =>
                  piece.marked ? (
                    <mark
                      key={j}
                      ref={(el) => {
                        if (el) markRef.current = el;
                      }}
                      className="rounded bg-amber-200 px-0.5 text-stone-950 dark:bg-amber-300"
                    >
                      {piece.text}
                    </mark>
                  ) : (
                    <span key={j}>{piece.text}</span>
                  ),
                )}
              </p>
            ))}
          </div>
        </section>
      </div>

      {state.suggestions.length > 0 ? (
        <section aria-labelledby="suggestions-heading">
          <h2 id="suggestions-heading" className="mb-1 text-lg font-semibold">
            Suggestions ({state.suggestions.length})
          </h2>
          <p className="mb-3 text-sm text-stone-600 dark:text-stone-400">Lower-ranked cards from the same article. Add any you want to study.</p>
          <ul className="space-y-2">
            {state.suggestions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
                <div>
                  <p id={`suggestion-${s.id}`} className="font-medium">
                    {s.prompt}
                  </p>
                  <p className="text-brand-700 dark:text-brand-100">{s.answer}</p>
                </div>
                <Button variant="secondary" aria-describedby={`suggestion-${s.id}`} onClick={() => act({ type: "addSuggestion", id: s.id })}>
                  Add
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="sticky bottom-0 space-y-3 rounded-2xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
        <FormMessage message={message} />
        <p role="status" className="text-sm">
          {plural(counts.accepted, "card")} accepted · {plural(counts.rejected, "card")} rejected · {plural(counts.undecided, "card")} not decided.
          Cards you reject or leave undecided are kept as suggestions on the article page, to add later.
        </p>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => act({ type: "acceptAll" })} disabled={counts.undecided === 0}>
            Accept all
          </Button>
          <Button onClick={save} disabled={saving || state.editing !== null}>
            {saving ? "Saving…" : `Save ${plural(chosen, "card")}`}
          </Button>
        </div>
      </div>
    </div>
  );
}
