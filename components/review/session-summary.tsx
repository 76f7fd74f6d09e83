"use client";

import Link from "next/link";
import { summarizeSession } from "@/lib/scheduling/summarize-session";
import { formatRelative } from "@/lib/format/format-relative";
import { buttonClasses } from "@/components/ui/button";
import { formatElapsed } from "@/lib/format/format-elapsed";

export type SessionEntry = { rating: number; durationMs: number; kind: "new" | "learning" | "review" };

const STATE_OF_KIND = { new: 0, learning: 1, review: 2 } as const;

/** The end of a session: what was done, and when to come back. */
export function SessionSummary({
  entries,
  startedAt,
  nextDueAt,
  totalCards,
  reviewedToday,
}: {
  entries: SessionEntry[];
  startedAt: number;
  nextDueAt: string | null;
  totalCards: number | null;
  reviewedToday: number;
}) {
  const s = summarizeSession(entries.map((e) => ({ rating: e.rating, state: STATE_OF_KIND[e.kind], durationMs: e.durationMs })));
  const now = new Date();
  return (
    <section aria-labelledby="done-heading" className="rounded-2xl border border-stone-200 bg-white p-8 text-center dark:border-stone-800 dark:bg-stone-900">
      <h2 id="done-heading" className="text-2xl font-semibold">
        {totalCards === 0 ? "No cards yet" : "Congratulations! You have finished for now."}
      </h2>
      {totalCards === 0 ? (
        <p className="mt-2 text-stone-600 dark:text-stone-400">Add an article and its cards will appear here.</p>
      ) : (
        <p className="mt-2 text-stone-600 dark:text-stone-400">
          {nextDueAt ? `The next card is due ${formatRelative(new Date(nextDueAt), now)}.` : "Nothing else is scheduled."}
        </p>
      )}
      {entries.length > 0 ? (
        <dl className="mx-auto mt-6 grid max-w-md grid-cols-2 gap-3 text-left sm:grid-cols-4" aria-label="This session">
          <div>
            <dt className="text-xs text-stone-500">Reviewed</dt>
            <dd className="text-xl font-semibold tabular-nums">{s.reviewed.toLocaleString("en-US")}</dd>
          </div>
          <div>
            <dt className="text-xs text-stone-500">Again</dt>
            <dd className="text-xl font-semibold tabular-nums">{Math.round(s.againRate * 100)} %</dd>
          </div>
          <div>
            <dt className="text-xs text-stone-500">Answer time</dt>
            <dd className="text-xl font-semibold tabular-nums">{formatElapsed(s.totalMs)}</dd>
          </div>
          <div>
            <dt className="text-xs text-stone-500">Session</dt>
            <dd className="text-xl font-semibold tabular-nums">{formatElapsed(now.getTime() - startedAt)}</dd>
          </div>
        </dl>
      ) : reviewedToday > 0 ? (
        <p className="mt-4 text-sm text-stone-500">{reviewedToday.toLocaleString("en-US")} reviews today.</p>
      ) : null}
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href="/quiz" className={buttonClasses("primary")}>
          Take a quiz
        </Link>
        <Link href="/articles" className={buttonClasses("secondary")}>
          Add another article
        </Link>
      </div>
    </section>
  );
}
