"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { answerAction, overrideAction } from "@/app/(app)/quiz/actions";
import type { GradeResult, PublicQuestion, QuizResponse } from "@/lib/quiz";
import type { QuizView } from "@/server/queries/get-quiz";

type Feedback = { questionId: string; result: GradeResult; responseText: string };

function isTyping(t: EventTarget | null) {
  const el = t as HTMLElement | null;
  return !!el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT");
}

/** One question at a time; the server grades; feedback, then Continue (Enter). Resumes where it was. */
export function QuizRunner({ view }: { view: QuizView }) {
  const router = useRouter();
  const [answeredIds, setAnsweredIds] = useState(() => new Set(view.answered.map((a) => a.questionId)));
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shownAt = useRef(0);
  const continueRef = useRef<HTMLButtonElement>(null);
  const current: PublicQuestion | undefined = view.questions.find((q) => !answeredIds.has(q.id));
  const position = view.questions.findIndex((q) => q.id === (feedback?.questionId ?? current?.id));

  useEffect(() => {
    shownAt.current = Date.now();
  }, [current?.id]);
  useEffect(() => {
    if (feedback) continueRef.current?.focus();
  }, [feedback]);

  const submit = useCallback(
    async (question: PublicQuestion, response: QuizResponse, responseText: string) => {
      if (busy || feedback) return;
      setBusy(true);
      const res = await answerAction({ quizId: view.id, questionId: question.id, response, durationMs: Date.now() - shownAt.current });
      setBusy(false);
      if (!res.ok) return setError(res.message);
      setError(null);
      setFeedback({ questionId: question.id, result: res.data, responseText });
    },
    [busy, feedback, view.id],
  );

  const next = useCallback(() => {
    if (!feedback) return;
    const ids = new Set(answeredIds).add(feedback.questionId);
    setAnsweredIds(ids);
    setFeedback(null);
    if (ids.size >= view.questions.length) router.refresh();
  }, [feedback, answeredIds, view.questions.length, router]);

  // Keys: 1-4 choose, T/F answer, Enter continues.
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (feedback) {
        if (e.key === "Enter" && (e.target as HTMLElement)?.tagName !== "BUTTON") {
          e.preventDefault();
          next();
        }
        return;
      }
      if (!current) return;
      if (current.format === "multiple_choice" && /^[1-4]$/.test(e.key)) {
        const i = Number(e.key) - 1;
        if (current.options[i]) void submit(current, { format: "multiple_choice", optionIndex: i }, current.options[i].text);
      } else if (current.format === "true_false" && /^[tf]$/i.test(e.key)) {
        const value = e.key.toLowerCase() === "t";
        void submit(current, { format: "true_false", value }, value ? "True" : "False");
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, feedback, next, submit]);

  const done = answeredIds.size + (feedback ? 1 : 0);
  const shown = feedback ? view.questions.find((q) => q.id === feedback.questionId) : current;
  if (!shown) return <p>Loading your results…</p>;

  return (
    <div className="mx-auto max-w-2xl">
      <div className="mb-2 flex justify-between text-sm text-stone-600 dark:text-stone-400">
        <span>
          Question {position + 1} of {view.total}
        </span>
        <span>{view.articleTitle ?? "All articles"}</span>
      </div>
      <div className="mb-6 h-1.5 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800" role="progressbar" aria-label="Quiz progress" aria-valuemin={0} aria-valuemax={view.total} aria-valuenow={done}>
        <div className="h-full bg-brand-500" style={{ width: `${(done / view.total) * 100}%` }} />
      </div>
      <section aria-labelledby="question-text" className="rounded-2xl border border-stone-200 bg-white p-6 sm:p-8 dark:border-stone-800 dark:bg-stone-900">
        <QuestionBody question={shown} disabled={busy || !!feedback} onSubmit={submit} key={shown.id} />
        {error ? (
          <p role="alert" className="mt-4 text-red-700 dark:text-red-400">
            {error}
          </p>
        ) : null}
        {feedback ? (
          <FeedbackPanel quizId={view.id} feedback={feedback} format={shown.format} onOverride={(r) => setFeedback({ ...feedback, result: r })} continueRef={continueRef} onContinue={next} />
        ) : null}
      </section>
    </div>
  );
}

function QuestionBody({ question, disabled, onSubmit }: { question: PublicQuestion; disabled: boolean; onSubmit: (q: PublicQuestion, r: QuizResponse, text: string) => void }) {
  const [text, setText] = useState("");
  const typedRef = useRef<HTMLInputElement>(null);
  // A typed question takes the keyboard at once, so the reader can just type and press Enter.
  useEffect(() => typedRef.current?.focus(), []);
  const [pairs, setPairs] = useState<Record<number, string>>({});
  const optionCls = "flex w-full items-center gap-3 rounded-xl border border-stone-300 px-4 py-3 text-left text-lg hover:border-brand-500 hover:bg-brand-50 disabled:opacity-70 dark:border-stone-700 dark:hover:bg-stone-800";
  if (question.format === "multiple_choice") {
    return (
      <>
        <h2 id="question-text" className="mb-6 text-xl font-medium sm:text-2xl">{question.prompt}</h2>
        <div className="space-y-2" role="group" aria-label="Choices">
          {question.options.map((o, i) => (
            <button key={o.label} type="button" disabled={disabled} className={optionCls} aria-keyshortcuts={o.label} onClick={() => onSubmit(question, { format: "multiple_choice", optionIndex: i }, o.text)}>
              <kbd className="rounded border border-stone-300 px-2 text-sm dark:border-stone-600">{o.label}</kbd>
              {o.text}
            </button>
          ))}
        </div>
      </>
    );
  }
  if (question.format === "true_false") {
    return (
      <>
        <p className="mb-2 text-sm uppercase tracking-wide text-stone-500">True or false?</p>
        <h2 id="question-text" className="mb-6 text-xl font-medium sm:text-2xl">{question.statement}</h2>
        <div className="grid grid-cols-2 gap-3">
          <button type="button" disabled={disabled} className={optionCls} aria-keyshortcuts="T" onClick={() => onSubmit(question, { format: "true_false", value: true }, "True")}>
            <kbd className="rounded border border-stone-300 px-2 text-sm dark:border-stone-600">T</kbd> True
          </button>
          <button type="button" disabled={disabled} className={optionCls} aria-keyshortcuts="F" onClick={() => onSubmit(question, { format: "true_false", value: false }, "False")}>
            <kbd className="rounded border border-stone-300 px-2 text-sm dark:border-stone-600">F</kbd> False
          </button>
        </div>
      </>
    );
  }
  if (question.format === "typed") {
    return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(question, { format: "typed", text }, text.trim() || "(blank)");
        }}
      >
        <h2 id="question-text" className="mb-6 text-xl font-medium sm:text-2xl">{question.prompt}</h2>
        <label htmlFor="typed-answer" className="mb-1 block text-sm font-medium">
          Your answer
        </label>
        <div className="flex gap-2">
          <input ref={typedRef} id="typed-answer" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} disabled={disabled} maxLength={500} className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-lg dark:border-stone-700 dark:bg-stone-950" />
          <button type="submit" disabled={disabled} className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            Check
          </button>
        </div>
      </form>
    );
  }
  const complete = question.left.every((_, i) => pairs[i] !== undefined && pairs[i] !== "");
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const list = Object.entries(pairs)
          .filter(([, r]) => r !== "")
          .map(([l, r]) => ({ left: Number(l), right: Number(r) }));
        onSubmit(question, { format: "matching", pairs: list }, list.map((p) => `${question.left[p.left].text} → ${question.right[p.right].text}`).join("; "));
      }}
    >
      <h2 id="question-text" className="mb-6 text-xl font-medium sm:text-2xl">{question.instruction}</h2>
      <ol className="mb-4 space-y-1 text-sm" aria-label="Choices to match">
        {question.right.map((r) => (
          <li key={r.label}>
            <span className="font-semibold">{r.label}.</span> {r.text}
          </li>
        ))}
      </ol>
      <div className="space-y-3">
        {question.left.map((l, i) => (
          <div key={l.label} className="grid gap-1 sm:grid-cols-[1fr_12rem] sm:items-center">
            <label htmlFor={`match-${i}`}>
              {l.label}. {l.text}
            </label>
            <select
              id={`match-${i}`}
              disabled={disabled}
              value={pairs[i] ?? ""}
              onChange={(e) => setPairs({ ...pairs, [i]: e.target.value })}
              className="rounded-lg border border-stone-300 bg-white px-2 py-2 dark:border-stone-700 dark:bg-stone-950"
            >
              <option value="">Choose…</option>
              {question.right.map((r, j) => (
                <option key={r.label} value={j} disabled={Object.entries(pairs).some(([k, v]) => Number(k) !== i && v === String(j))}>
                  {r.label}. {r.text.length > 40 ? `${r.text.slice(0, 38)}…` : r.text}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <button type="submit" disabled={disabled || !complete} className="mt-4 rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        Check matches
      </button>
    </form>
  );
}

function FeedbackPanel({
  quizId,
  feedback,
  format,
  onOverride,
  continueRef,
  onContinue,
}: {
  quizId: string;
  feedback: Feedback;
  format: PublicQuestion["format"];
  onOverride: (r: GradeResult) => void;
  continueRef: React.RefObject<HTMLButtonElement | null>;
  onContinue: () => void;
}) {
  const { result } = feedback;
  const [overrideError, setOverrideError] = useState<string | null>(null);
  const right = result.correct;
  const partial = !right && result.score > 0;
  return (
    <div
      role="status"
      className={`mt-6 rounded-xl border p-4 ${right ? "border-green-300 bg-green-50 dark:border-green-800 dark:bg-green-950" : "border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950"}`}
    >
      <p className="text-lg font-semibold">{right ? "Right!" : partial ? `Partly right (${Math.round(result.score * 100)} %)` : result.nearMiss ? "Almost" : "Not quite"}</p>
      {format === "matching" ? (
        <ul className="mt-2 space-y-1 text-sm" aria-label="Your matches">
          {feedback.responseText.split("; ").map((pair, i) => (
            <li key={i}>
              {result.pairResults?.[i] ? "✓" : "✗"} {pair}
            </li>
          ))}
        </ul>
      ) : !right ? (
        <p className="mt-1">Your answer: {feedback.responseText}</p>
      ) : null}
      {format === "matching" ? (
        !right ? (
          <div className="mt-2 text-sm">
            Right matches:
            <ul className="mt-1 space-y-1 font-medium">
              {result.expected.split("; ").map((pair) => (
                <li key={pair}>{pair}</li>
              ))}
            </ul>
          </div>
        ) : null
      ) : (
        <p className="mt-1">
          Answer: <strong>{result.expected}</strong>
        </p>
      )}
      {result.sourceSentence ? <blockquote className="mt-2 border-l-4 border-stone-300 pl-3 text-sm text-stone-700 dark:border-stone-600 dark:text-stone-300">{result.sourceSentence}</blockquote> : null}
      {overrideError ? <p className="mt-2 text-sm text-red-700">{overrideError}</p> : null}
      <div className="mt-4 flex flex-wrap gap-2">
        <button ref={continueRef} type="button" onClick={onContinue} className="rounded-lg bg-stone-800 px-4 py-2 font-medium text-white dark:bg-stone-200 dark:text-stone-900">
          Continue <kbd className="ml-1 text-xs opacity-70">Enter</kbd>
        </button>
        {!right && format === "typed" ? (
          <button
            type="button"
            className="rounded-lg border border-stone-300 px-4 py-2 dark:border-stone-600"
            onClick={async () => {
              const r = await overrideAction({ quizId, questionId: feedback.questionId });
              if (r.ok) onOverride(r.data);
              else setOverrideError(r.message);
            }}
          >
            Override: I was right
          </button>
        ) : null}
      </div>
    </div>
  );
}
