import Link from "next/link";
import { formatRelative } from "@/lib/format/format-relative";
import type { LibraryItem as TLibraryItem } from "@/server/queries/list-library";

const dateFmt = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** One article of the library: its title, its cards by queue, the reader's progress and when they last studied it. */
export function LibraryItem({ article: a, now }: { article: TLibraryItem; now: Date }) {
  const c = a.counts;
  const percent = c.total > 0 ? Math.round((100 * c.studied) / c.total) : 0;
  const headingId = `article-${a.id}`;
  return (
    <li className="flex flex-wrap items-start justify-between gap-x-6 gap-y-2 p-4">
      <div className="min-w-0 flex-1">
        <Link
          id={headingId}
          href={a.cardsToReview ? `/articles/${a.id}/review` : `/articles/${a.id}`}
          className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100"
        >
          {a.title}
        </Link>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          {a.builtIn ? "Built-in · " : ""}
          {a.publishedAt ? `${dateFmt.format(a.publishedAt)} · ` : ""}
          {plural(a.wordCount, "word")} · {a.cardsToReview ? <span className="font-semibold text-amber-800 dark:text-amber-300">cards to review</span> : plural(c.total, "card")}
        </p>
        {c.total > 0 ? (
          <p className="text-sm text-stone-700 dark:text-stone-300">
            {c.new} new · {c.learning} learning · {c.review} review · <span className={c.due > 0 ? "font-semibold" : ""}>{c.due} due</span>
            {c.suspended > 0 ? ` · ${c.suspended} suspended` : ""}
          </p>
        ) : null}
      </div>
      {c.total > 0 ? (
        <div className="w-48 text-sm">
          <div
            role="progressbar"
            aria-label={`Studied ${c.studied} of ${c.total} cards`}
            aria-valuemin={0}
            aria-valuemax={c.total}
            aria-valuenow={c.studied}
            className="h-2 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800"
          >
            <div className="h-full bg-brand-600" style={{ width: `${percent}%` }} />
          </div>
          <p className="mt-1 text-stone-600 dark:text-stone-400">
            {percent} % studied · {a.lastStudiedAt ? <>last studied <time dateTime={a.lastStudiedAt.toISOString()}>{formatRelative(a.lastStudiedAt, now)}</time></> : "never studied"}
          </p>
        </div>
      ) : null}
    </li>
  );
}
