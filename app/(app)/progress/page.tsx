import type { Metadata } from "next";
import Link from "next/link";
import { BarChart } from "@/components/progress/bar-chart";
import { Heatmap } from "@/components/progress/heatmap";
import { Panel, Stat } from "@/components/progress/stat";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDuration, formatNumber, formatPercent } from "@/lib/progress";
import { requireUser } from "@/server/auth/require-user";
import { getProgress } from "@/server/queries/progress/get-progress";

export const metadata: Metadata = { title: "Progress" };

const shortDay = (dayKey: string) => new Date(`${dayKey}T12:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const dateFmt = new Intl.DateTimeFormat("en-US", { dateStyle: "medium" });

export default async function ProgressPage({ searchParams }: { searchParams: Promise<{ due?: string }> }) {
  const user = await requireUser();
  const { due } = await searchParams;
  const p = await getProgress(user.id, new Date(), { futureDueDays: due === "year" ? 365 : 30 });
  const hasReviews = !p.heatmap.isEmpty || p.today.reviewedToday > 0;
  const futureDue = p.futureDue;

  return (
    <>
      <PageHeader title="Progress" description={`What you know, what is due, and how you are doing (study days in ${p.timeZone}).`}>
        <a href="/api/reviews/history" download className={buttonClasses("secondary")} aria-describedby="history-note">
          Export review history
        </a>
        <p id="history-note" className="sr-only">
          Every review you made, as CSV in the columns the FSRS optimizer reads.
        </p>
      </PageHeader>

      <section aria-labelledby="today-heading" className="mb-6">
        <h2 id="today-heading" className="sr-only">
          Today
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          <Stat label="Due now" value={formatNumber(p.today.dueNow)} />
          <Stat label="New available" value={formatNumber(p.today.newAvailable)} />
          <Stat label="Learning" value={formatNumber(p.today.learning)} />
          <Stat label="Reviewed today" value={formatNumber(p.today.reviewedToday)} />
          <Stat label="Time today" value={formatDuration(p.today.msToday)} />
          <Stat label="Streak" value={`${p.streaks.current} ${p.streaks.current === 1 ? "day" : "days"}`} hint={`Best: ${p.streaks.best} ${p.streaks.best === 1 ? "day" : "days"}${p.streaks.atRisk ? " · study today to keep it" : ""}`} />
        </dl>
      </section>

      {!hasReviews ? (
        <div className="mb-6">
          <EmptyState title="Nothing studied yet">
            <p>Your charts fill in as you review: a calendar of study days, what is due, how much you retain.</p>
            <div className="mt-4 flex flex-wrap justify-center gap-3">
              <Link href="/study" className={buttonClasses("primary")}>
                Study your first cards
              </Link>
              <Link href="/quiz" className={buttonClasses("secondary")}>
                Take a quiz
              </Link>
            </div>
          </EmptyState>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        {hasReviews ? (
          <Panel title="Reviews over the last year" id="heatmap-heading" className="lg:col-span-2">
            <Heatmap heatmap={p.heatmap} todayKey={p.todayKey} />
          </Panel>
        ) : null}

        <Panel title="Cards" id="cards-heading">
          <dl className="grid grid-cols-3 gap-2 text-center sm:grid-cols-6">
            {(
              [
                ["New", p.cardCounts.new],
                ["Learning", p.cardCounts.learning],
                ["Review", p.cardCounts.review],
                ["Relearning", p.cardCounts.relearning],
                ["Suspended", p.cardCounts.suspended],
                ["Total", p.cardCounts.total],
              ] as const
            ).map(([l, v]) => (
              <div key={l}>
                <dt className="text-xs text-stone-500">{l}</dt>
                <dd className="text-xl font-semibold tabular-nums">{formatNumber(v)}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-4 text-sm">
            {p.knowledge.isEmpty ? (
              "Estimated knowledge appears after your first reviews."
            ) : (
              <>
                Estimated total knowledge: <strong>{formatNumber(p.knowledge.expectedRecalled)}</strong> of {formatNumber(p.knowledge.studiedCards)} studied cards you would recall right now (average retrievability {formatPercent(p.knowledge.averageRetrievability)}).
              </>
            )}
          </p>
        </Panel>

        <Panel title="Future due" id="due-heading">
          {futureDue.isEmpty ? (
            <p className="text-stone-600 dark:text-stone-400">No reviews scheduled yet: cards you study will show up here on their due days.</p>
          ) : (
            <>
              <BarChart caption="Reviews due per day" data={futureDue.days.map((d) => ({ label: shortDay(d.dayKey), title: d.dayKey, value: d.count }))} />
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                {formatNumber(futureDue.total)} due in the next {futureDue.days.length} days ({formatNumber(futureDue.overdue)} overdue today)
                {futureDue.later > 0 ? `, ${formatNumber(futureDue.later)} later` : ""}.{" "}
                {due === "year" ? <Link href="/progress" className="underline">Next 30 days</Link> : <Link href="/progress?due=year" className="underline">Show the next year</Link>}
              </p>
            </>
          )}
        </Panel>

        <Panel title="True retention" id="retention-heading" className="lg:col-span-2">
          {p.retention.isEmpty ? (
            <p className="text-stone-600 dark:text-stone-400">Retention counts answers to cards in review (after their learning steps). It appears once a card comes back for review.</p>
          ) : null}
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm tabular-nums">
              <caption className="sr-only">Passed, failed and retention of review answers, for young cards (interval under 21 days), mature cards and all</caption>
              <thead>
                <tr className="text-stone-600 dark:text-stone-400">
                  <th scope="col">Period</th>
                  <th scope="col" colSpan={3}>Young</th>
                  <th scope="col" colSpan={3}>Mature</th>
                  <th scope="col" colSpan={3}>All</th>
                </tr>
                <tr className="text-xs text-stone-500">
                  <th />
                  {["young", "mature", "all"].flatMap((g) => [
                    <th key={`${g}p`} scope="col">Passed</th>,
                    <th key={`${g}f`} scope="col">Failed</th>,
                    <th key={`${g}r`} scope="col">Retention</th>,
                  ])}
                </tr>
              </thead>
              <tbody>
                {p.retention.rows.map((r) => (
                  <tr key={r.period} className="border-t border-stone-200 dark:border-stone-800">
                    <th scope="row" className="py-1 font-normal">
                      {r.label}
                    </th>
                    {[r.young, r.mature, r.all].flatMap((c, i) => [
                      <td key={`${i}p`}>{formatNumber(c.passed)}</td>,
                      <td key={`${i}f`}>{formatNumber(c.failed)}</td>,
                      <td key={`${i}r`} className="font-medium">{formatPercent(c.retention)}</td>,
                    ])}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Panel>

        {hasReviews ? (
          <>
            <Panel title="Stability" id="stability-heading">
              <BarChart caption="Cards by stability" data={p.stability.bins.map((b) => ({ label: b.label, value: b.count }))} color="#7c3aed" />
            </Panel>
            <Panel title="Difficulty" id="difficulty-heading">
              <BarChart caption="Cards by difficulty" data={p.difficulty.bins.map((b) => ({ label: b.label, value: b.count }))} color="#ea580c" />
            </Panel>
            <Panel title="Current retrievability" id="retrievability-heading">
              <BarChart caption="Cards by current retrievability" data={p.retrievability.bins.map((b) => ({ label: b.label, value: b.count }))} color="#16a34a" />
            </Panel>
            <Panel title="Review time per day" id="time-heading">
              <BarChart caption="Minutes reviewing" unit=" min" data={p.reviewTime.days.map((d) => ({ label: shortDay(d.dayKey), title: d.dayKey, value: d.minutes }))} color="#0891b2" />
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                {formatDuration(p.reviewTime.totalMs)} in the last 30 days
                {p.reviewTime.averageMsPerReview !== null ? ` · ${formatDuration(p.reviewTime.averageMsPerReview)} a card` : ""}
              </p>
            </Panel>
            <Panel title="Answer buttons" id="buttons-heading" className="lg:col-span-2">
              <table className="w-full text-left text-sm tabular-nums">
                <caption className="sr-only">Share of each answer button by card age</caption>
                <thead>
                  <tr className="text-stone-600 dark:text-stone-400">
                    <th scope="col">Cards</th>
                    <th scope="col">Again</th>
                    <th scope="col">Hard</th>
                    <th scope="col">Good</th>
                    <th scope="col">Easy</th>
                    <th scope="col">Correct</th>
                    <th scope="col">Answers</th>
                  </tr>
                </thead>
                <tbody>
                  {(
                    [
                      ["Learning", p.answerButtons.learning],
                      ["Young", p.answerButtons.young],
                      ["Mature", p.answerButtons.mature],
                    ] as const
                  ).map(([label, g]) => (
                    <tr key={label} className="border-t border-stone-200 dark:border-stone-800">
                      <th scope="row" className="py-1 font-normal">
                        {label}
                      </th>
                      <td>{formatPercent(g.shares.again)}</td>
                      <td>{formatPercent(g.shares.hard)}</td>
                      <td>{formatPercent(g.shares.good)}</td>
                      <td>{formatPercent(g.shares.easy)}</td>
                      <td className="font-medium">{formatPercent(g.correctShare)}</td>
                      <td>{formatNumber(g.total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Panel>
          </>
        ) : null}

        <Panel title="Quiz scores" id="quiz-heading">
          {p.quizScores.isEmpty ? (
            <p className="text-stone-600 dark:text-stone-400">
              No quizzes finished yet. <Link href="/quiz" className="underline">Take one</Link> to see your scores over time.
            </p>
          ) : (
            <>
              <BarChart kind="line" unit=" %" caption="Quiz score" data={p.quizScores.points.map((q) => ({ label: dateFmt.format(q.startedAt), value: Math.round(q.score * 100) }))} />
              <p className="mt-1 text-sm">
                Latest {formatPercent(p.quizScores.latest)} · best {formatPercent(p.quizScores.best)} · average {formatPercent(p.quizScores.average)}
              </p>
            </>
          )}
        </Panel>

        <Panel title="Articles" id="articles-heading" className="lg:col-span-2">
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm tabular-nums [&_td]:px-2 [&_th]:px-2">
              <caption className="sr-only">Progress per article</caption>
              <thead>
                <tr className="text-stone-600 dark:text-stone-400">
                  <th scope="col">Article</th>
                  <th scope="col">Cards</th>
                  <th scope="col">Studied</th>
                  <th scope="col">Mastered</th>
                  <th scope="col">Recall now</th>
                  <th scope="col">Last studied</th>
                  <th scope="col"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {p.articles.articles.map((a) => (
                  <tr key={a.articleId} className="border-t border-stone-200 align-top dark:border-stone-800">
                    <th scope="row" className="py-2 pr-2 font-normal">
                      <Link href={`/articles/${a.articleId}`} className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
                        {a.title}
                      </Link>
                    </th>
                    <td>{formatNumber(a.cards)}</td>
                    <td>{formatPercent(a.studiedShare)}</td>
                    <td>{formatPercent(a.masteredShare)}</td>
                    <td>{formatPercent(a.averageRetrievability)}</td>
                    <td>{a.lastStudiedAt ? dateFmt.format(a.lastStudiedAt) : "Never"}</td>
                    <td className="whitespace-nowrap">
                      <Link href="/study" className="mr-3 underline">Study</Link>
                      <Link href={`/quiz?article=${a.articleId}`} className="underline">Quiz</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="mt-2 text-xs text-stone-500">Mastered: stability of at least 21 days. Recall now: average current retrievability of the studied cards.</p>
        </Panel>
      </div>
    </>
  );
}
