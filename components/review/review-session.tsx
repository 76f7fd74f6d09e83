"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { cardCommandAction, submitReviewAction, undoReviewAction } from "@/app/(app)/study/actions";
import { CardMenu } from "@/components/review/card-menu";
import { SessionSummary, type SessionEntry } from "@/components/review/session-summary";
import { ShortcutHelp } from "@/components/review/shortcut-help";
import { useStudyQueue } from "@/components/review/use-study-queue";
import type { StudyState } from "@/server/queries/get-study-state";

const GRADES = [
  { grade: 1, label: "Again", cls: "bg-red-600 hover:bg-red-700 text-white" },
  { grade: 2, label: "Hard", cls: "bg-amber-600 hover:bg-amber-700 text-white" },
  { grade: 3, label: "Good", cls: "bg-green-700 hover:bg-green-800 text-white" },
  { grade: 4, label: "Easy", cls: "bg-sky-700 hover:bg-sky-800 text-white" },
] as const;

function newKey(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
}

/**
 * Whether Space or Enter on `target` belongs to the card (reveal, then Good). A focused button keeps both
 * (it is a real control: Shortcuts, Undo, the card menu), except the card's own buttons. Focus left on a
 * link by navigation gives them to the card: a link has no Space action at all, and Enter on a link to
 * the page itself (the menu's "Study" while studying, where a click leaves focus) would only reload it.
 * Enter on any other link follows it.
 */
function cardTakesKey(target: HTMLElement | null, key: string): boolean {
  if (!target || target === document.body || target.dataset.reviewControl === "true") return true;
  if (target instanceof HTMLAnchorElement) return key === " " || new URL(target.href, window.location.href).pathname === window.location.pathname;
  return !(target.tagName === "BUTTON" || target.tagName === "SUMMARY" || /^(button|menuitem|link|tab)$/.test(target.getAttribute("role") ?? ""));
}

/**
 * The review screen: one card, reveal, four grades, undo, card menu; all reachable by keyboard. It holds
 * the first cards of the queue (see getStudyState), grades them one by one (each grade says whether the
 * card comes back today) and asks the server for more when it has nothing left to show.
 */
export function ReviewSession({ initial }: { initial: StudyState }) {
  const { study, card, counts, replace, afterGrade } = useStudyQueue(initial);
  // Which card (id and version) has its answer showing: a new card starts hidden without an extra render.
  const [revealedFor, setRevealedFor] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [session, setSession] = useState<SessionEntry[]>([]);
  const [startedAt] = useState(() => Date.now());
  const shownAt = useRef(0);
  const keyRef = useRef(newKey());
  const revealButton = useRef<HTMLButtonElement>(null);
  const goodButton = useRef<HTMLButtonElement>(null);
  const cardKey = card ? `${card.stateId}:${card.version}` : null;
  const revealed = cardKey !== null && revealedFor === cardKey;

  // A new card: fresh timer and idempotency key, focus on "Show answer".
  useEffect(() => {
    shownAt.current = Date.now();
    keyRef.current = newKey();
    revealButton.current?.focus();
  }, [cardKey]);

  useEffect(() => {
    if (revealed) goodButton.current?.focus();
  }, [revealed]);

  const apply = useCallback(
    (result: { notice?: string | null; state?: StudyState }) => {
      if (result.state) replace(result.state);
      setNotice(result.notice ?? null);
      setError(null);
    },
    [replace],
  );

  const grade = useCallback(
    async (g: number) => {
      if (!card || busy || !revealed) return;
      setBusy(true);
      const durationMs = Date.now() - shownAt.current;
      const res = await submitReviewAction({ stateId: card.stateId, grade: g, durationMs, idempotencyKey: keyRef.current, version: card.version });
      if (!res.ok) {
        setBusy(false);
        return setError(res.message);
      }
      const { duplicate, requeue, notice: conflict, state } = res.data;
      setNotice(conflict);
      setError(null);
      if (state) {
        // Another tab graded it first: the server's queue is the truth.
        replace(state);
      } else {
        if (!duplicate) setSession((s) => [...s, { rating: g, durationMs, kind: card.kind }]);
        const failed = await afterGrade(card, requeue, !duplicate);
        if (failed) setError(failed);
      }
      setBusy(false);
    },
    [card, busy, revealed, afterGrade, replace],
  );

  const undo = useCallback(async () => {
    if (busy) return;
    setBusy(true);
    const res = await undoReviewAction({});
    setBusy(false);
    if (!res.ok) return setError(res.message);
    setSession((s) => s.slice(0, -1));
    apply(res.data);
  }, [busy, apply]);

  const command = useCallback(
    async (c: "suspend" | "bury" | "reset") => {
      if (!card || busy) return;
      setBusy(true);
      const res = await cardCommandAction({ stateId: card.stateId, command: c });
      setBusy(false);
      if (!res.ok) return setError(res.message);
      apply(res.data);
    },
    [card, busy, apply],
  );

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (dialogOpen || isTyping(e.target) || e.altKey) return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z") {
        e.preventDefault();
        void undo();
        return;
      }
      if (e.ctrlKey || e.metaKey) return;
      if (e.key === "?") {
        setHelpOpen((v) => !v);
        return;
      }
      if (e.key === "u" || e.key === "U") {
        e.preventDefault();
        void undo();
        return;
      }
      if (!card) return;
      if (e.key === " " || e.key === "Enter") {
        if (!cardTakesKey(e.target as HTMLElement | null, e.key)) return;
        e.preventDefault();
        if (!revealed) setRevealedFor(cardKey);
        else void grade(3);
        return;
      }
      if (revealed && ["1", "2", "3", "4"].includes(e.key)) {
        e.preventDefault();
        void grade(Number(e.key));
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [card, revealed, dialogOpen, grade, undo, cardKey]);

  const remaining = counts.new + counts.learning + counts.review;
  const progress = session.length + remaining === 0 ? 1 : session.length / (session.length + remaining);

  return (
    <div className="mx-auto flex min-h-[70vh] max-w-2xl flex-col">
      <div className="mb-3 flex items-center justify-between gap-3">
        <p className="whitespace-nowrap text-sm tabular-nums" aria-label={`${counts.new} new, ${counts.learning} learning, ${counts.review} to review`}>
          <span className={`font-semibold text-blue-700 dark:text-blue-300 ${card?.kind === "new" ? "underline underline-offset-4" : ""}`}>{counts.new}</span>
          {" + "}
          <span className={`font-semibold text-red-700 dark:text-red-300 ${card?.kind === "learning" ? "underline underline-offset-4" : ""}`}>{counts.learning}</span>
          {" + "}
          <span className={`font-semibold text-green-700 dark:text-green-300 ${card?.kind === "review" ? "underline underline-offset-4" : ""}`}>{counts.review}</span>
        </p>
        <div className="flex items-center gap-1">
          <button type="button" onClick={() => void undo()} disabled={busy} className="rounded-lg px-3 py-2 text-sm text-stone-700 hover:bg-stone-200/60 dark:text-stone-300 dark:hover:bg-stone-800" aria-keyshortcuts="U Control+Z">
            Undo <kbd className="ml-1 hidden text-xs text-stone-500 sm:inline">U</kbd>
          </button>
          <button type="button" onClick={() => setHelpOpen((v) => !v)} className="rounded-lg px-3 py-2 text-sm text-stone-700 hover:bg-stone-200/60 dark:text-stone-300 dark:hover:bg-stone-800" aria-expanded={helpOpen}>
            <span aria-hidden="true" className="sm:hidden">?</span>
            <span className="sr-only sm:not-sr-only">Shortcuts</span> <kbd className="ml-1 hidden text-xs text-stone-500 sm:inline">?</kbd>
          </button>
          {card ? <CardMenu card={card} busy={busy} onCommand={command} onResult={apply} onDialogChange={setDialogOpen} /> : null}
        </div>
      </div>
      <div
        className="mb-4 h-1.5 w-full overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800"
        role="progressbar"
        aria-label="Session progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
      >
        <div className="h-full bg-brand-500 transition-all" style={{ width: `${progress * 100}%` }} />
      </div>
      {helpOpen ? <ShortcutHelp /> : null}
      <div aria-live="polite" className="min-h-6 text-sm">
        {notice ? <p className="text-stone-700 dark:text-stone-300">{notice}</p> : null}
        {error ? <p className="text-red-700 dark:text-red-400">{error}</p> : null}
      </div>

      {card ? (
        <>
          <article aria-label="Card" className="flex flex-1 flex-col rounded-2xl border border-stone-200 bg-white p-6 shadow-sm sm:p-10 dark:border-stone-800 dark:bg-stone-900">
            <p className="mb-4 text-xs uppercase tracking-wide text-stone-500 dark:text-stone-400">{card.articleTitle}</p>
            <h2 className="text-2xl leading-snug font-medium sm:text-3xl" id="card-prompt">
              {card.prompt}
            </h2>
            {revealed ? (
              <div className="mt-6 border-t border-stone-200 pt-6 dark:border-stone-700">
                <p className="text-2xl font-semibold text-brand-700 sm:text-3xl dark:text-brand-100" aria-label="Answer">
                  {card.answer}
                </p>
                <blockquote className="mt-4 border-l-4 border-stone-200 pl-3 text-sm leading-relaxed text-stone-600 dark:border-stone-700 dark:text-stone-400">
                  {card.sourceSentence}{" "}
                  <Link href={`/articles/${card.articleId}`} className="whitespace-nowrap text-brand-700 underline dark:text-brand-100">
                    Read the article
                  </Link>
                </blockquote>
              </div>
            ) : null}
          </article>
          <div className="sticky bottom-0 mt-4 bg-stone-50 pb-3 pt-2 dark:bg-stone-950">
            {!revealed ? (
              <button
                ref={revealButton}
                type="button"
                data-review-control="true"
                onClick={() => setRevealedFor(cardKey)}
                className="min-h-14 w-full rounded-xl bg-stone-800 px-4 py-3 text-lg font-medium text-white hover:bg-stone-900 dark:bg-stone-200 dark:text-stone-900"
                aria-keyshortcuts="Space Enter"
              >
                Show answer <kbd className="ml-2 text-sm opacity-70">Space</kbd>
              </button>
            ) : (
              <div className="grid grid-cols-4 gap-2" role="group" aria-label="How well did you remember?">
                {GRADES.map((g, i) => (
                  <button
                    key={g.grade}
                    ref={g.grade === 3 ? goodButton : undefined}
                    type="button"
                    data-review-control="true"
                    disabled={busy}
                    onClick={() => void grade(g.grade)}
                    className={`flex min-h-16 flex-col items-center justify-center rounded-xl px-1 py-2 ${g.cls} disabled:opacity-60`}
                    aria-keyshortcuts={String(g.grade)}
                    aria-label={`${g.label}, next in ${card.intervals[i]}`}
                  >
                    <span className="text-xs opacity-90">{card.intervals[i]}</span>
                    <span className="font-semibold">{g.label}</span>
                    <kbd className="text-xs opacity-75">{g.grade}</kbd>
                  </button>
                ))}
              </div>
            )}
          </div>
        </>
      ) : (
        <SessionSummary entries={session} startedAt={startedAt} nextDueAt={study.nextDueAt} totalCards={study.totalCards} reviewedToday={study.reviewedToday} />
      )}
    </div>
  );
}
