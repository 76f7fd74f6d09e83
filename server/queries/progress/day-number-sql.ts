import "server-only";

import { resolveDatabase } from "@/lib/database/resolve-database";
import type { TOffsetInterval } from "@/lib/progress";

export type SqlDialect = "sqlite" | "postgres";

export function currentDialect(): SqlDialect {
  return resolveDatabase(process.env.DATABASE_URL).provider;
}

/** Placeholder for the i-th (1-based) parameter. */
export function param(dialect: SqlDialect, i: number): string {
  return dialect === "postgres" ? `$${i}` : "?";
}

/** The aggregate that joins strings with a separator: `${stringAgg(d)}(expr, ';')`. */
export function stringAgg(dialect: SqlDialect): string {
  return dialect === "postgres" ? "string_agg" : "group_concat";
}

/** Unix seconds of a DateTime column. */
export function epochOf(dialect: SqlDialect, column: string): string {
  return dialect === "postgres" ? `EXTRACT(EPOCH FROM ${column})` : `unixepoch(${column})`;
}

/**
 * SQL for the study-day number (days since 1970-01-01, see lib/progress formatDayKey) of a DateTime column:
 * the instant plus the time zone's offset at that instant (a CASE over the offset intervals, so daylight
 * saving is exact), minus the hour the day starts. Only numbers computed here are inlined.
 */
export function dayNumberSql(dialect: SqlDialect, column: string, intervals: TOffsetInterval[], dayStartHour: number, epochAlready = false): string {
  const e = epochAlready ? column : epochOf(dialect, column);
  const cases = [...intervals]
    .reverse()
    .map((i) => (Number.isFinite(i.fromSec) ? `WHEN ${e} >= ${Math.trunc(i.fromSec)} THEN ${Math.trunc(i.offsetSec)}` : `ELSE ${Math.trunc(i.offsetSec)}`))
    .join(" ");
  const offset = intervals.length === 1 ? String(Math.trunc(intervals[0].offsetSec)) : `(CASE ${cases} END)`;
  const shifted = `(${e} + ${offset} - ${Math.trunc(dayStartHour) * 3600})`;
  return dialect === "postgres" ? `CAST(FLOOR(${shifted} / 86400) AS INTEGER)` : `CAST(${shifted} / 86400 AS INTEGER)`;
}
