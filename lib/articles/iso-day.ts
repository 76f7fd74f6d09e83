/**
 * A calendar day as YYYY-MM-DD, or undefined when the parts do not make a real date (Feb 30) or the year is
 * implausible for an article.
 *
 * @example
 * isoDay(2023, 12, 19) // "2023-12-19"
 * isoDay(2023, 2, 30) // undefined
 */
export function isoDay(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The calendar day a machine-readable date names: the date part as written for ISO 8601 values (the
 * publisher's own day, whatever its offset), otherwise whatever Date.parse reads, taken in UTC.
 *
 * @example
 * isoDayFromTimestamp("2023-12-18T23:30:00-05:00") // "2023-12-18"
 * isoDayFromTimestamp("Tue, 19 Dec 2023 10:00:00 GMT") // "2023-12-19"
 */
export function isoDayFromTimestamp(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(trimmed);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (/^\d{8}$/.test(trimmed)) return isoDay(Number(trimmed.slice(0, 4)), Number(trimmed.slice(4, 6)), Number(trimmed.slice(6, 8)));
  if (!/[a-z]{3}/i.test(trimmed) && !/\d{1,4}[/.]\d{1,2}[/.]\d{1,4}/.test(trimmed)) return undefined;
  const ms = Date.parse(trimmed);
  if (Number.isNaN(ms)) return undefined;
  const d = new Date(ms);
  return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
