"use client";

import { useActionState, useEffect, useMemo, useRef, useState } from "react";
import { makeCardAction } from "@/app/(app)/articles/[id]/actions";
import { ARTICLE_TEXT_ID } from "@/components/articles/memory-map";
import { selectionOffsets } from "@/components/articles/selection-offsets";
import { Button, buttonClasses } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms/form-state";
import { GAP } from "@/lib/generation/render-prompt";
import { draftCardFromSelection, type TOwnCardDraft } from "@/lib/making/draft-card-from-selection";
import { findAnswer } from "@/lib/making/find-answer";
import { textFromSegments } from "@/lib/making/text-from-segments";
import type { TMemoryMapView } from "@/lib/progress/present-memory-map";

type Span = { start: number; end: number };

/**
 * "Make a card" above the article text: select words of the text (mouse, touch or keyboard caret) and the
 * button opens an editor filled from the selection (its sentence, the selected words to blank); without a
 * selection it opens empty, for a sentence the reader pastes. The button keeps the selection when pressed
 * (no focus change on mouse down), so it works from the mouse and from the keyboard alike.
 */
export function MakeCard({ articleId, paragraphs }: { articleId: string; paragraphs: TMemoryMapView["paragraphs"] }) {
  const text = useMemo(() => textFromSegments(paragraphs), [paragraphs]);
  const [selection, setSelection] = useState<Span | null>(null);
  const [draft, setDraft] = useState<TOwnCardDraft | null>(null);
  const [open, setOpen] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<string | undefined>();
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const onChange = () => {
      const container = document.getElementById(ARTICLE_TEXT_ID);
      const sel = document.getSelection();
      if (!container || !sel || sel.rangeCount === 0 || sel.isCollapsed) return setSelection(null);
      setSelection(selectionOffsets(container, sel.getRangeAt(0)));
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, []);

  function openEditor() {
    setDraft(selection ? draftCardFromSelection(text, selection) : null);
    setAttempt((n) => n + 1);
    setDone(undefined);
    setOpen(true);
  }

  const selected = selection ? text.slice(selection.start, selection.end).replace(/\s+/g, " ").trim() : "";
  return (
    <div className="sticky top-0 z-10 mb-3 space-y-2">
      <div className="flex flex-wrap items-center gap-3 rounded-xl border border-stone-200 bg-white/95 p-3 dark:border-stone-800 dark:bg-stone-900/95">
        <button
          ref={button}
          type="button"
          className={buttonClasses("secondary")}
          onMouseDown={(e) => e.preventDefault()}
          onClick={openEditor}
          aria-describedby="make-card-hint"
        >
          Make a card
        </button>
        <p id="make-card-hint" className="min-w-0 flex-1 text-sm text-stone-600 dark:text-stone-400">
          {selected ? (
            <>
              From your selection: <q className="italic">{selected.length > 80 ? `${selected.slice(0, 79)}…` : selected}</q>
            </>
          ) : (
            "Select words of the text to blank them in a card, or make one from a sentence you paste."
          )}
        </p>
      </div>
      <FormMessage tone="success" message={done} />
      <Dialog open={open} title="Make a card" onClose={() => setOpen(false)}>
        <MakeCardForm
          key={attempt}
          articleId={articleId}
          draft={draft}
          onDone={(message) => {
            setOpen(false);
            setDone(message);
            button.current?.focus();
          }}
        />
      </Dialog>
    </div>
  );
}

function MakeCardForm({ articleId, draft, onDone }: { articleId: string; draft: TOwnCardDraft | null; onDone: (message?: string) => void }) {
  const [state, action, pending] = useActionState(makeCardAction, initialFormState);
  const [kind, setKind] = useState<"cloze" | "question">("cloze");
  const [sentence, setSentence] = useState(draft?.sentence ?? "");
  const [answer, setAnswer] = useState(draft?.answer ?? "");
  const [answerStart, setAnswerStart] = useState(draft?.answerStart);
  const [question, setQuestion] = useState("");

  useEffect(() => {
    if (state.ok) onDone(state.message);
  }, [state, onDone]);

  const flat = sentence.replace(/\s+/g, " ").trim();
  const at = kind === "cloze" && answer.trim() ? findAnswer(flat, answer.replace(/\s+/g, " ").trim(), answerStart) : null;
  const errors = state.errors ?? {};
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="sentenceStart" value={draft?.sentenceStart ?? ""} />
      <input type="hidden" name="answerStart" value={kind === "cloze" && answerStart !== undefined ? answerStart : ""} />
      <TextAreaField
        label="Sentence from the article"
        name="sentence"
        rows={3}
        value={sentence}
        onChange={(e) => setSentence(e.target.value)}
        error={errors.sentence}
        hint="The card’s source: select it in the text before making the card, or paste it exactly as written."
      />
      <fieldset>
        <legend className="mb-1 text-sm font-medium">Kind of card</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" name="kind" value="cloze" checked={kind === "cloze"} onChange={() => setKind("cloze")} />
            Cloze: blank words of the sentence
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="kind" value="question" checked={kind === "question"} onChange={() => setKind("question")} />
            Question and answer
          </label>
        </div>
      </fieldset>
      {kind === "question" ? (
        <TextAreaField label="Question" name="question" rows={2} value={question} onChange={(e) => setQuestion(e.target.value)} error={errors.question} />
      ) : null}
      <TextField
        label={kind === "cloze" ? "Words to blank" : "Answer"}
        name="answer"
        value={answer}
        onChange={(e) => {
          setAnswer(e.target.value);
          setAnswerStart(undefined);
        }}
        error={errors.answer}
        hint={kind === "cloze" ? "Whole words of the sentence, as written there; short." : "Short: a name, a figure, a few words."}
        autoComplete="off"
      />
      {kind === "cloze" ? (
        <p className="rounded-lg bg-stone-50 p-3 text-sm dark:bg-stone-950" aria-live="polite">
          <span className="font-medium">Card: </span>
          {at ? flat.slice(0, at.start) + GAP + flat.slice(at.end) : "choose words of the sentence to blank."}
        </p>
      ) : null}
      <FormMessage message={state.ok ? undefined : state.message} />
      <div className="flex justify-end gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save card"}
        </Button>
      </div>
    </form>
  );
}
