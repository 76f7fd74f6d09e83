import * as chrono from "chrono-node";
import { isoDay } from "./iso-day";

/** What the first lines of a plain-text article say about it. */
export interface TextMeta {
  title?: string;
  /** YYYY-MM-DD */
  publishedAt?: string;
  byline?: string;
  /** The text without the title, date and byline lines that were taken out of its head (a dateline stays). */
  body: string;
}

const MONTH = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
const MONTH_INDEX = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAY = "(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+";
const PLACE = "[A-Z][A-Z.'’\\- ]{1,40}(?:,\\s*[A-Z][A-Za-z.'’\\- ]{1,30}){0,2}";
const AGENCY = "(?:\\s*\\([^)]{1,40}\\))?";
const DASH = "\\s*(?:--|[-–—:])";
/** "WASHINGTON, Dec. 18 (Reuters) -", "KYIV, Ukraine, Monday, December 18, 2023 —", "LONDON, 18 December (AP) -" */
const DATELINE_MONTH_FIRST = new RegExp(`^${PLACE},?\\s+(?:${WEEKDAY})?(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${AGENCY}${DASH}`);
const DATELINE_DAY_FIRST = new RegExp(`^${PLACE},?\\s+(?:${WEEKDAY})?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\.?(?:,?\\s+(\\d{4}))?${AGENCY}${DASH}`);

/** Words a date line may carry besides the date itself ("Published: Dec. 19, 2023 at 10:32 a.m. EST"). */
const DATE_LINE_EXTRA =
  /\b(?:published|updated|posted|first|last|modified|date|dated|on|at|by|a\.?m\.?|p\.?m\.?|utc|gmt|[ecmp][sd]t|bst|cet|cest|z)\b|[\d:|,.\-–—/()]+/gi;
const BYLINE = /^[Bb][Yy]\s+([A-Z][\p{L}.'’-]+(?:\s+(?:[A-Z][\p{L}.'’-]+|and|&|de|van|von|da|di|al|bin))*(?:,\s*[\p{L}][\p{L}.'’ -]{1,40})?)$/u;

/**
 * Reads a title, a publication date and a byline from the head of a plain-text article: a title line (short,
 * not a sentence), a date line ("December 19, 2023", "Published: 2023-12-19") or a news dateline opening the
 * first paragraph ("WASHINGTON, Dec. 18 (Reuters) -"). A date without a year is the latest such day not after
 * `now`.
 *
 * @example
 * detectTextMeta("Talks resume\n\nDecember 19, 2023\n\nThe talks...", now)
 * // { title: "Talks resume", publishedAt: "2023-12-19", body: "The talks..." }
 */
export function detectTextMeta(text: string, now: Date): TextMeta {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let i = nextNonEmpty(lines, 0);
  const meta: TextMeta = { body: "" };

  // Up to three head lines: title, date, byline, in any order after the title.
  for (let taken = 0; taken < 3 && i < lines.length; taken++) {
    const line = lines[i].trim();
    const rest = nextNonEmpty(lines, i + 1);
    if (rest >= lines.length) break; // never take the last line: it is the text
    if (!meta.publishedAt && !datelineDay(line, now)) {
      const day = dateLineDay(line, now);
      if (day) {
        meta.publishedAt = day;
        i = rest;
        continue;
      }
    }
    const by = BYLINE.exec(line);
    if (!meta.byline && by && line.length <= 80) {
      meta.byline = by[1];
      i = rest;
      continue;
    }
    if (!meta.title && taken === 0 && isTitleLine(line, now)) {
      meta.title = line.replace(/^title:\s*/i, "");
      i = rest;
      continue;
    }
    break;
  }
  meta.body = lines.slice(i).join("\n").trim();
  if (!meta.publishedAt) {
    const firstLine = meta.body.split("\n", 1)[0] ?? "";
    meta.publishedAt = datelineDay(firstLine, now);
  }
  if (!meta.publishedAt) delete meta.publishedAt;
  return meta;
}

function nextNonEmpty(lines: string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i].trim() === "") i++;
  return i;
}

function isTitleLine(line: string, now: Date): boolean {
  if (line.length < 3 || line.length > 200) return false;
  if (line.split(/\s+/).length > 30) return false;
  if (/[.,;:]$/.test(line) && !/\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St|U\.S)\.$/.test(line)) return false;
  if (!/\p{L}/u.test(line)) return false;
  if (datelineDay(line, now)) return false;
  return true;
}

/** The day a news dateline at the start of `line` names. */
function datelineDay(line: string, now: Date): string | undefined {
  const monthFirst = DATELINE_MONTH_FIRST.exec(line);
  if (monthFirst) return dayFromParts(monthFirst[1], Number(monthFirst[2]), monthFirst[3], now);
  const dayFirst = DATELINE_DAY_FIRST.exec(line);
  if (dayFirst) return dayFromParts(dayFirst[2], Number(dayFirst[1]), dayFirst[3], now);
  return undefined;
}

function dayFromParts(monthName: string, day: number, year: string | undefined, now: Date): string | undefined {
  const month = MONTH_INDEX.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  if (year) return isoDay(Number(year), month, day);
  return latestNotAfter(month, day, now);
}

/** The latest date with this month and day that is not after `now` (a day of grace for time zones). */
function latestNotAfter(month: number, day: number, now: Date): string | undefined {
  const limit = now.getTime() + 86_400_000;
  for (let year = now.getUTCFullYear(); year >= now.getUTCFullYear() - 4; year--) {
    const candidate = isoDay(year, month, day);
    if (candidate && Date.parse(`${candidate}T00:00:00Z`) <= limit) return candidate;
  }
  return undefined;
}

/** The day a line that is nothing but a date (with a label or a time) names. */
function dateLineDay(line: string, now: Date): string | undefined {
  if (line.length > 100) return undefined;
  const result = chrono.strict.parse(line, now)[0];
  if (!result) return undefined;
  const { start } = result;
  if (!start.isCertain("month") || !start.isCertain("day")) return undefined;
  const leftover = (line.slice(0, result.index) + " " + line.slice(result.index + result.text.length)).replace(DATE_LINE_EXTRA, " ").trim();
  if (leftover.split(/\s+/).filter(Boolean).length > 1) return undefined;
  const month = start.get("month") ?? 0;
  const day = start.get("day") ?? 0;
  if (start.isCertain("year")) return isoDay(start.get("year") ?? 0, month, day);
  return latestNotAfter(month, day, now);
}
