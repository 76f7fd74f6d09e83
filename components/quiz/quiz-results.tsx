"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { retryMissedAction, reviewSoonAction } from "@/app/(app)/quiz/actions";
import { buttonClasses } from "@/components/ui/button";
import { formatElapsed } from "@/lib/format/format-elapsed";
import type { QuizView } from "@/server/queries/get-quiz";

/** Score, time, and every question (missed first) with the reader's answer, the right one and its source. */
export function QuizResults({ view }: { view: QuizView }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [sent, setSent] = useState<Set<string>>(new Set());
  const summary = view.summary!;
  const responses = new Map(view.answered.map((a) => [a.questionId, a.responseText]));
  const missed = summary.items.filter((i) => i.status !== "correct").length;
  const ring = `conic-gradient(var(--color-green-600) ${summary.percent * 3.6}deg, var(--color-stone-300) 0deg)`;
  return (
    <div className="mx-auto max-w-3xl">
      <section aria-labelledby="score-heading" className="flex flex-wrap items-center gap-6 rounded-2xl border border-stone-200 bg-white p-6 dark:border-stone-800 dark:bg-stone-900">
        <div className="grid h-28 w-28 place-items-center rounded-full" style={{ background: ring }} aria-hidden="true">
          <div className="grid h-20 w-20 place-items-center rounded-full bg-white text-2xl font-bold dark:bg-stone-900">{summary.percent} %</div>
        </div>
        <div>
          <h2 id="score-heading" className="text-2xl font-semibold">
            Score: {summary.percent} % ({summary.correctCount} of {summary.total} fully right)
          </h2>
          <p className="text-stone-600 dark:text-stone-400">Time: {formatElapsed(summary.durationMs)}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            {missed > 0 ? (
              <button
                type="button"
                className={buttonClasses("primary")}
                onClick={async () => {
                  const r = await retryMissedAction({ quizId: view.id });
                  if (r.ok) router.push(`/quiz/${r.data.id}`);
                  else setMessage(r.message);
                }}
              >
                Retry the missed ones
              </button>
            ) : null}
            <Link href="/quiz" className={buttonClasses("secondary")}>
              New quiz
            </Link>
          </div>
          {message ? <p role="status" className="mt-2 text-sm">{message}</p> : null}
        </div>
      </section>
      <h2 className="mb-3 mt-8 text-lg font-semibold">Questions</h2>
      <ol className="space-y-3">
        {summary.items.map((item) => (
          <li key={item.questionId} className={`rounded-xl border bg-white p-4 dark:bg-stone-900 ${item.status === "correct" ? "border-stone-200 dark:border-stone-800" : "border-red-300 dark:border-red-800"}`}>
            <p className="text-sm font-medium uppercase tracking-wide text-stone-500">
              {item.status === "correct" ? "Right" : item.status === "partial" ? `Partly right (${Math.round(item.score * 100)} %)` : item.status === "unanswered" ? "Not answered" : "Missed"}
              {item.overridden ? " · overridden" : ""}
            </p>
            <p className="mt-1 font-medium">{item.prompt}</p>
            {item.format === "matching" ? (
              <div className="mt-1 grid gap-2 text-sm sm:grid-cols-2">
                <div>
                  Your matches:
                  <ul className="mt-1 list-disc pl-5">{(responses.get(item.questionId) ?? "—").split("; ").map((x, i) => <li key={i}>{x}</li>)}</ul>
                </div>
                <div>
                  Right matches:
                  <ul className="mt-1 list-disc pl-5 font-medium">{item.expected.split("; ").map((x) => <li key={x}>{x}</li>)}</ul>
                </div>
              </div>
            ) : (
              <>
                <p className="mt-1 text-sm">Your answer: {responses.get(item.questionId) ?? "—"}</p>
                <p className="text-sm">
                  Right answer: <strong>{item.expected}</strong>
                </p>
              </>
            )}
            {item.sourceSentence ? <blockquote className="mt-2 border-l-4 border-stone-200 pl-3 text-sm text-stone-600 dark:border-stone-700 dark:text-stone-400">{item.sourceSentence}</blockquote> : null}
            {item.status !== "correct" && view.missedCardIds[item.questionId] ? (
              <button
                type="button"
                disabled={sent.has(item.questionId)}
                className="mt-2 text-sm text-brand-700 underline disabled:no-underline disabled:opacity-70 dark:text-brand-100"
                onClick={async () => {
                  const r = await reviewSoonAction({ quizId: view.id, questionId: item.questionId });
                  if (r.ok) setSent(new Set(sent).add(item.questionId));
                  setMessage(r.ok ? r.data.message : r.message);
                }}
              >
                {sent.has(item.questionId) ? "Sent to your reviews" : "Review this card again soon"}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
