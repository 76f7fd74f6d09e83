"use client";

import { Bar, BarChart as RBarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ChartDatum = { label: string; value: number; title?: string };

/**
 * A bar (or line) chart from recharts, with the same numbers as a table for screen readers and anyone
 * who prefers one. The chart itself is hidden from assistive technology.
 */
export function BarChart({
  data,
  caption,
  unit = "",
  kind = "bar",
  color = "#2f6fdf",
  height = 180,
}: {
  data: ChartDatum[];
  caption: string;
  unit?: string;
  kind?: "bar" | "line";
  color?: string;
  height?: number;
}) {
  return (
    <figure>
      <div aria-hidden="true" style={{ width: "100%", height }}>
        <ResponsiveContainer width="100%" height="100%">
          {kind === "bar" ? (
            <RBarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="currentColor" strokeOpacity={0.15} />
              <XAxis dataKey="label" tick={{ fontSize: 11, fill: "currentColor" }} interval="preserveStartEnd" />
              <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: "currentColor" }} />
              <Tooltip formatter={(v) => [`${v}${unit}`, caption]} labelFormatter={(l, p) => (p?.[0]?.payload as ChartDatum | undefined)?.title ?? String(l)} />
              <Bar dataKey="value" fill={color} radius={[3, 3, 0, 0]} isAnimationActive={false} />
            </RBarChart>
          ) : (
            <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="currentColor" strokeOpacity={0.15} />
              <XAxis dataKey="label" tick={{ fontSize: 11, fill: "currentColor" }} />
              <YAxis domain={[0, 100]} tick={{ fontSize: 11, fill: "currentColor" }} />
              <Tooltip formatter={(v) => [`${v}${unit}`, caption]} />
              <Line dataKey="value" stroke={color} strokeWidth={2} dot isAnimationActive={false} />
            </LineChart>
          )}
        </ResponsiveContainer>
      </div>
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer text-stone-600 dark:text-stone-400">Show as a table</summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">{caption}</caption>
          <tbody>
            {data.map((d, i) => (
              <tr key={`${d.label}-${i}`} className="border-t border-stone-200 dark:border-stone-800">
                <th scope="row" className="py-0.5 font-normal">
                  {d.title ?? d.label}
                </th>
                <td className="py-0.5 text-right tabular-nums">
                  {d.value.toLocaleString("en-US")}
                  {unit}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
