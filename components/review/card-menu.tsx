"use client";

import { useEffect, useRef, useState } from "react";
import { cardInfoAction, editCardAction, reportCardAction } from "@/app/(app)/study/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextAreaField } from "@/components/ui/field";
import { REPORT_REASONS } from "@/lib/validations/review";
import type { CardInfo } from "@/server/queries/get-card-info";
import type { StudyCard, StudyState } from "@/server/queries/get-study-state";

type Props = {
  card: StudyCard;
  busy: boolean;
  onCommand: (c: "suspend" | "bury" | "reset") => void;
  onResult: (r: { notice?: string | null; state?: StudyState }) => void;
  onDialogChange: (open: boolean) => void;
};

const REASON_LABELS: Record<(typeof REPORT_REASONS)[number], string> = {
  wrong: "The answer is wrong",
  ambiguous: "The question is ambiguous",
  trivial: "Not worth remembering",
  "answer-in-question": "The question gives the answer away",
  grammar: "Garbled or ungrammatical",
  other: "Something else",
};
const STATE_NAMES = ["New", "Learning", "Review", "Relearning"];
const GRADE_NAMES = ["Manual", "Again", "Hard", "Good", "Easy"];

/** The card menu (M): edit, suspend, bury, reset, report, card info. */
export function CardMenu({ card, busy, onCommand, onResult, onDialogChange }: Props) {
  const [menuOpen, setMenuOpen] = useState(false);
  const [dialog, setDialog] = useState<null | "edit" | "report" | "info" | "reset">(null);
  const [info, setInfo] = useState<CardInfo | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const firstItem = useRef<HTMLButtonElement>(null);

  useEffect(() => onDialogChange(dialog !== null), [dialog, onDialogChange]);
  useEffect(() => {
    if (menuOpen) firstItem.current?.focus();
  }, [menuOpen]);
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const t = e.target as HTMLElement | null;
      if (dialog || e.ctrlKey || e.metaKey || e.altKey || (t && ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName))) return;
      if (e.key === "m" || e.key === "M") {
        e.preventDefault();
        setMenuOpen((v) => !v);
      } else if (e.key === "Escape" && menuOpen) {
        setMenuOpen(false);
        menuButton.current?.focus();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [dialog, menuOpen]);

  function open(d: "edit" | "report" | "info" | "reset") {
    setMenuOpen(false);
    setFormError(null);
    setDialog(d);
    if (d === "info") {
      setInfo(null);
      void cardInfoAction({ stateId: card.stateId }).then((r) => (r.ok ? setInfo(r.data) : setFormError(r.message)));
    }
  }
  function close() {
    setDialog(null);
    menuButton.current?.focus();
  }

  const item = "block w-full rounded-lg px-3 py-2 text-left text-sm hover:bg-stone-100 dark:hover:bg-stone-800";
  return (
    <div className="relative">
      <button
        ref={menuButton}
        type="button"
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        aria-keyshortcuts="M"
        onClick={() => setMenuOpen((v) => !v)}
        className="rounded-lg px-3 py-2 text-sm text-stone-700 hover:bg-stone-200/60 dark:text-stone-300 dark:hover:bg-stone-800"
      >
        <span className="whitespace-nowrap">Card menu</span> <kbd className="ml-1 hidden text-xs text-stone-500 sm:inline">M</kbd>
      </button>
      {menuOpen ? (
        <div role="menu" aria-label="Card menu" className="absolute right-0 z-20 mt-1 w-56 rounded-xl border border-stone-200 bg-white p-1 shadow-lg dark:border-stone-700 dark:bg-stone-900">
          <button ref={firstItem} role="menuitem" type="button" className={item} onClick={() => open("edit")}>
            Edit card
          </button>
          <button role="menuitem" type="button" className={item} disabled={busy} onClick={() => (setMenuOpen(false), onCommand("suspend"))}>
            Suspend card
          </button>
          <button role="menuitem" type="button" className={item} disabled={busy} onClick={() => (setMenuOpen(false), onCommand("bury"))}>
            Bury until tomorrow
          </button>
          <button role="menuitem" type="button" className={item} onClick={() => open("reset")}>
            Reset card
          </button>
          <button role="menuitem" type="button" className={item} onClick={() => open("report")}>
            Report a bad card
          </button>
          <button role="menuitem" type="button" className={item} onClick={() => open("info")}>
            Card info
          </button>
        </div>
      ) : null}

      <Dialog open={dialog === "edit"} title="Edit card" onClose={close}>
        <form
          className="space-y-4"
          action={async (fd) => {
            const r = await editCardAction({ stateId: card.stateId, prompt: String(fd.get("prompt") ?? ""), answer: String(fd.get("answer") ?? "") });
            if (!r.ok) return setFormError(r.message);
            onResult(r.data);
            close();
          }}
        >
          {formError ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{formError}</p> : null}
          <TextAreaField label="Question" name="prompt" rows={3} defaultValue={card.prompt} required />
          <TextAreaField label="Answer" name="answer" rows={2} defaultValue={card.answer} required />
          <p className="text-sm text-stone-500">Your wording is yours alone; other readers keep the original.</p>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>Cancel</Button>
            <Button type="submit">Save card</Button>
          </div>
        </form>
      </Dialog>

      <Dialog open={dialog === "reset"} title="Reset this card?" onClose={close}>
        <p className="text-stone-700 dark:text-stone-300">The card becomes new again: its schedule starts over. Its review history is kept.</p>
        <div className="mt-6 flex justify-end gap-2">
          <Button variant="secondary" onClick={close}>Cancel</Button>
          <Button variant="danger" onClick={() => (close(), onCommand("reset"))}>Reset card</Button>
        </div>
      </Dialog>

      <Dialog open={dialog === "report"} title="Report a bad card" onClose={close}>
        <form
          className="space-y-4"
          action={async (fd) => {
            const r = await reportCardAction({ stateId: card.stateId, reason: String(fd.get("reason") ?? "") as never, note: String(fd.get("note") ?? "") });
            if (!r.ok) return setFormError(r.message);
            onResult({ notice: r.data.notice });
            close();
          }}
        >
          {formError ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{formError}</p> : null}
          <fieldset>
            <legend className="mb-2 text-sm font-medium">What is wrong with it?</legend>
            <div className="space-y-1">
              {REPORT_REASONS.map((r, i) => (
                <label key={r} className="flex items-center gap-2">
                  <input type="radio" name="reason" value={r} defaultChecked={i === 0} /> {REASON_LABELS[r]}
                </label>
              ))}
            </div>
          </fieldset>
          <TextAreaField label="Note (optional)" name="note" rows={2} />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>Cancel</Button>
            <Button type="submit">Send report</Button>
          </div>
        </form>
      </Dialog>

      <Dialog open={dialog === "info"} title="Card info" onClose={close}>
        {formError ? <p role="alert" className="text-sm text-red-700">{formError}</p> : null}
        {!info ? (
          <p>Loading…</p>
        ) : (
          <div className="space-y-4 text-sm">
            <dl className="grid grid-cols-2 gap-x-4 gap-y-1">
              <dt className="text-stone-500">State</dt>
              <dd>{STATE_NAMES[info.state]}{info.suspended ? " (suspended)" : ""}</dd>
              <dt className="text-stone-500">Due</dt>
              <dd>{new Date(info.due).toLocaleString()}</dd>
              <dt className="text-stone-500">Stability</dt>
              <dd>{info.stability.toFixed(2)} days</dd>
              <dt className="text-stone-500">Difficulty</dt>
              <dd>{info.difficulty.toFixed(2)} / 10</dd>
              <dt className="text-stone-500">Retrievability</dt>
              <dd>{info.retrievability === null ? "—" : `${Math.round(info.retrievability * 100)} %`}</dd>
              <dt className="text-stone-500">Reviews · lapses</dt>
              <dd>{info.reps} · {info.lapses}</dd>
            </dl>
            <p className="text-stone-600 dark:text-stone-400">“{info.sourceSentence}” — {info.articleTitle}</p>
            {info.history.length ? (
              <table className="w-full text-left">
                <caption className="mb-1 text-left font-medium">Review history</caption>
                <thead>
                  <tr className="text-stone-500"><th>When</th><th>Grade</th><th>Interval</th><th>Time</th></tr>
                </thead>
                <tbody>
                  {info.history.map((h) => (
                    <tr key={h.review}>
                      <td>{new Date(h.review).toLocaleString()}</td>
                      <td>{GRADE_NAMES[h.rating]}</td>
                      <td>{h.intervalDays} d</td>
                      <td>{(h.durationMs / 1000).toFixed(1)} s</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>Not reviewed yet.</p>
            )}
          </div>
        )}
      </Dialog>
    </div>
  );
}
