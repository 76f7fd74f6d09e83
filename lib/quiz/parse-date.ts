/** A calendar date as written: the month is always known, day and year may be left out. */
export interface DateParts {
  month: number;
  day?: number;
  year?: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6,
  june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const FILLER = new Set([
  "on", "the", "of", "in", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
]);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function toYear(raw: string): number {
  const n = Number(raw);
  return raw.length === 2 ? 2000 + n : n;
}

function build(month: number, day: number | undefined, year: number | undefined): DateParts | null {
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day !== undefined && (!Number.isInteger(day) || day < 1 || day > DAYS_IN_MONTH[month - 1])) {
    return null;
  }
  if (year !== undefined && (!Number.isInteger(year) || year < 1000 || year > 2999)) return null;
  const parts: DateParts = { month };
  if (day !== undefined) parts.day = day;
  if (year !== undefined) parts.year = year;
  return parts;
}

function parseNumeric(text: string): DateParts | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return build(Number(iso[2]), Number(iso[3]), Number(iso[1]));
  const slash = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?$/.exec(text);
  if (!slash) return null;
  const a = Number(slash[1]);
  const b = Number(slash[2]);
  const year = slash[3] === undefined ? undefined : toYear(slash[3]);
  // News copy here is mostly US: read M/D unless the first number cannot be a month.
  return a > 12 ? build(b, a, year) : build(a, b, year);
}

/**
 * Reads a whole string as a date, or returns null when it is anything more or less than a date.
 * Understands "November 28, 2023", "Nov. 28", "28 November", "the 28th of November", "Tuesday, Nov 28",
 * "November 2023", "2023-11-28" and "11/28/2023" (M/D unless the first number is above 12).
 * A month alone ("May") is not a date: it is too often a word.
 *
 * @example
 * parseDate("Nov. 28")            // { month: 11, day: 28 }
 * parseDate("28 November 2023")   // { month: 11, day: 28, year: 2023 }
 * parseDate("November 28 attack") // null
 */
export function parseDate(text: string): DateParts | null {
  const compact = text.trim().toLowerCase();
  const numeric = parseNumeric(compact);
  if (numeric) return numeric;

  const tokens = compact
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/(\d+)(st|nd|rd|th)\b/g, "$1")
    .replace(/[.,]/g, " ")
    .split(/\s+/)
    .filter((token) => token !== "" && !FILLER.has(token));

  const monthAt = tokens.findIndex((token) => token in MONTHS);
  if (monthAt === -1 || tokens.length < 2 || tokens.length > 3) return null;
  const month = MONTHS[tokens[monthAt]];
  const rest = tokens.filter((_, i) => i !== monthAt);
  if (!rest.every((token) => /^\d{1,4}$/.test(token))) return null;

  const isDay = (t: string) => /^\d{1,2}$/.test(t);
  const isYear = (t: string) => /^\d{4}$/.test(t);

  if (rest.length === 1) {
    const [only] = rest;
    if (isYear(only)) return monthAt === 0 ? build(month, undefined, Number(only)) : null;
    return isDay(only) ? build(month, Number(only), undefined) : null;
  }
  // Three tokens: "November 28 2023" or "28 November 2023"; the year comes last.
  const [first, second] = rest;
  if (monthAt === 2 || !isDay(first) || !isYear(second)) return null;
  return build(month, Number(first), Number(second));
}
