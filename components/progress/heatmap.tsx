import type { THeatmap } from "@/lib/progress";

const LEVEL_CLASSES = [
  "bg-stone-200 dark:bg-stone-800",
  "bg-green-200 dark:bg-green-900",
  "bg-green-400 dark:bg-green-700",
  "bg-green-600 dark:bg-green-500",
  "bg-green-800 dark:bg-green-300",
];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A year of reviews, a cell per study day (weeks start on Monday), with a text summary and a table. */
export function Heatmap({ heatmap, todayKey }: { heatmap: THeatmap; todayKey: string }) {
  const { totals } = heatmap;
  const studiedDays = heatmap.weeks.flat().filter((c) => c.inRange && c.count > 0);
  return (
    <figure aria-label={`Reviews per day over the last year: ${totals.reviews.toLocaleString("en-US")} reviews on ${totals.daysStudied} of ${totals.days} days`}>
      <div className="overflow-x-auto pb-2" aria-hidden="true">
        <div className="inline-grid grid-flow-col gap-[3px]" style={{ gridTemplateRows: "repeat(7, 11px)" }}>
          {heatmap.weeks.flat().map((c) => (
            <div
              key={c.dayKey}
              title={c.inRange ? `${c.dayKey}: ${c.count} review${c.count === 1 ? "" : "s"}` : undefined}
              data-day={c.dayKey}
              data-count={c.count}
              className={`h-[11px] w-[11px] rounded-[2px] ${c.inRange ? LEVEL_CLASSES[c.level] : "bg-transparent"} ${c.dayKey === todayKey ? "ring-1 ring-brand-500" : ""}`}
            />
          ))}
        </div>
        <div className="mt-1 grid gap-[3px] text-[10px] text-stone-500" style={{ gridTemplateColumns: `repeat(${heatmap.weeks.length}, 11px)` }}>
          {heatmap.months.map((m) => (
            <span key={m.monthKey} className="whitespace-nowrap" style={{ gridColumnStart: m.weekIndex + 1, gridRowStart: 1 }}>
              {MONTHS[Number(m.monthKey.slice(5, 7)) - 1]}
            </span>
          ))}
        </div>
      </div>
      <figcaption className="text-sm text-stone-600 dark:text-stone-400">
        {totals.reviews.toLocaleString("en-US")} reviews on {totals.daysStudied} of {totals.days} days
        {totals.averagePerStudiedDay !== null ? ` · ${Math.round(totals.averagePerStudiedDay)} a day when you study` : ""}
      </figcaption>
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer text-stone-600 dark:text-stone-400">Show days as a table</summary>
        <table className="mt-2 w-full max-w-sm text-left">
          <caption className="sr-only">Reviews per study day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col" className="text-right">
                Reviews
              </th>
            </tr>
          </thead>
          <tbody>
            {studiedDays.reverse().map((c) => (
              <tr key={c.dayKey} className="border-t border-stone-200 dark:border-stone-800">
                <td>{c.dayKey}</td>
                <td className="text-right tabular-nums">{c.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
