import * as chrono from "chrono-node";
import type { DateMention } from "./types";

import { formatDay, MONTH_NAMES as MONTHS, WEEKDAY_NAMES as WEEKDAYS } from "./format-day";
const FUTURE = /\b(?:will|shall|plans? to|is expected to|are expected to|is scheduled to|are scheduled to|is due to|to be held|next)\b/i;
const VAGUE = /\b(?:week|weeks|ago|earlier|later|previous|following|this|last week|yesterday|today|tomorrow|tonight|now|recently)\b/i;
const DAY_AFTER = /\bthe (?:next|following) day\b|\bthe day after\b/i;
const DAY_BEFORE = /\bthe (?:previous|preceding) day\b|\bthe day before\b/i;

/**
 * Finds dates in a sentence and resolves them against the publication date: weekdays to the closest matching day
 * in the right direction (past unless the sentence speaks of the future), bare months and day-months to the most
 * recent past occurrence, "the next day" from the last date before it (in this sentence or `previousDay`).
 * Spans such as "the week before" are returned as `vague` (kept as context, never used as answers).
 *
 * @example
 * resolveDates("North Korea on Monday conducted a test.", 0, new Date("2023-12-19"))[0].answer
 * // "Monday, December 18, 2023"
 */
export function resolveDates(text: string, offset: number, publishedAt?: Date, previousDay?: { y: number; m: number; d: number }): DateMention[] {
  const ref = publishedAt && !Number.isNaN(publishedAt.getTime()) ? publishedAt : undefined;
  const out: DateMention[] = [];
  let lastDay = previousDay;
  const results = chrono.parse(text, ref ?? new Date(Date.UTC(2000, 0, 1, 12)));
  for (const r of results) {
    let spanText = /[ap]\.m\.$/i.test(r.text.trim()) ? r.text.trim() : r.text.replace(/[\s,.;:]+$/, "");
    let start = r.index;
    const prepLead = /^(?:on|in|at|during|by)\s+/i.exec(spanText);
    if (prepLead) {
      spanText = spanText.slice(prepLead[0].length);
      start += prepLead[0].length;
    }
    if (/\b(?:hours?|minutes?|seconds?|days?|weeks?|months?|years?)\b/i.test(spanText) && /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\b/i.test(spanText) && !/\bago\b/i.test(spanText)) continue;
    if (!/[A-Z0-9]/.test(spanText) && !/\b(?:day|month|year|week)\b/i.test(spanText)) continue;
    const lead = text.slice(Math.max(0, start - 45), start);
    const future = FUTURE.test(lead) && !/\b(?:said|says|announced|reported|told)\s+(?:on\s+)?$/i.test(lead);
    const before = text.slice(0, start);
    const modifier = /\b(late|early|mid|mid-)\s*$/i.exec(before);
    if (modifier && r.start.isCertain("month") && !r.start.isCertain("day")) {
      start -= modifier[0].length;
      spanText = text.slice(start, r.index) + spanText;
    }
    const mention = describe(r, spanText, text, start, ref, future, lastDay, modifier?.[1]);
    if (!mention) continue;
    mention.start += offset;
    mention.end += offset;
    if (mention.granularity === "day" && mention.ymd?.y && mention.ymd.m && mention.ymd.d) lastDay = { y: mention.ymd.y, m: mention.ymd.m, d: mention.ymd.d };
    out.push(mention);
  }
  const yearRe = /\b(1[89]\d{2}|20\d{2})\b(?![,.]?\d)(?!\s*(?:%|percent|people|votes|km|kilometers|miles))/g;
  for (let m = yearRe.exec(text); m; m = yearRe.exec(text)) {
    const at = m.index;
    if (out.some((d) => at >= d.start - offset && at < d.end - offset)) continue;
    if (/[-\d,.]$/.test(text.slice(0, at))) continue;
    const y = Number(m[1]);
    out.push({ text: m[1], start: offset + at, end: offset + at + 4, granularity: "year", ymd: { y }, withWeekday: false, answer: m[1], aliases: [] });
  }
  return out.sort((a, b) => a.start - b.start);
}

function describe(
  r: chrono.ParsedResult,
  spanText: string,
  text: string,
  start: number,
  ref: Date | undefined,
  future: boolean,
  lastDay: { y: number; m: number; d: number } | undefined,
  modifier: string | undefined,
): DateMention | undefined {
  const base = { text: spanText, start, end: start + spanText.length, withWeekday: false, aliases: [spanText] };
  const known = (k: chrono.Component) => r.start.isCertain(k);
  if (DAY_AFTER.test(spanText) || DAY_BEFORE.test(spanText) || /^(?:the\s+)?next day$/i.test(spanText)) {
    if (!lastDay) return { ...base, granularity: "vague", answer: spanText };
    const shift = DAY_BEFORE.test(spanText) ? -1 : 1;
    const d = new Date(Date.UTC(lastDay.y, lastDay.m - 1, lastDay.d + shift));
    const fixedText = /^next day$/i.test(spanText) && /the\s+$/i.test(text.slice(0, start)) ? "the " + spanText : spanText;
    const fixedStart = fixedText === spanText ? start : start - 4;
    return day({ ...base, text: fixedText, start: fixedStart, end: fixedStart + fixedText.length, aliases: [fixedText] }, d, false);
  }
  if (known("hour") && !known("day") && !known("weekday") && !known("month")) {
    if (!/[ap]\.?m\.?|:\d\d|o'clock/i.test(spanText)) return undefined;
    return { ...base, granularity: "time", answer: spanText };
  }
  const relative = VAGUE.test(spanText) || /\b(?:previous|following|same|that)\s*$/i.test(text.slice(0, start));
  const relativeToRef = /^(last|next|this) (month|year)$/i.test(spanText);
  if ((relative || relativeToRef) && !(ref && relativeToRef)) return { ...base, granularity: "vague", answer: spanText };
  if (/^(last|next|this) (month|year)$/i.test(spanText) && ref) {
    const y = r.start.get("year") ?? ref.getUTCFullYear();
    const m = r.start.get("month") ?? 1;
    if (/year/i.test(spanText)) return { ...base, granularity: "year", ymd: { y }, answer: String(y) };
    return { ...base, granularity: "month", ymd: { y, m }, answer: `${MONTHS[m - 1]} ${y}` };
  }
  const hasWeekday = known("weekday");
  if (known("day") && known("month")) {
    const m = r.start.get("month") ?? 1;
    const dd = r.start.get("day") ?? 1;
    let y = known("year") ? (r.start.get("year") ?? undefined) : ref?.getUTCFullYear();
    if (!known("year") && ref && y !== undefined && !future && Date.UTC(y, m - 1, dd) > ref.getTime() + 2 * 86_400_000) y -= 1;
    if (y === undefined) return { ...base, granularity: "day", ymd: { m, d: dd }, answer: `${MONTHS[m - 1]} ${dd}`, withWeekday: hasWeekday };
    return day(base, new Date(Date.UTC(y, m - 1, dd)), hasWeekday);
  }
  if (hasWeekday && !known("day")) {
    if (!ref) return { ...base, granularity: "vague", answer: spanText };
    const target = r.start.get("weekday") ?? 0;
    const refDay = ref.getUTCDay();
    const refMidnight = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
    const delta = future ? ((target - refDay + 7) % 7 || 7) : -((refDay - target + 7) % 7);
    return day(base, new Date(refMidnight + delta * 86_400_000), true);
  }
  if (known("month") && !known("day")) {
    const m = r.start.get("month") ?? 1;
    let y = known("year") ? r.start.get("year") ?? undefined : ref?.getUTCFullYear();
    if (!known("year") && ref && y !== undefined && !future && m - 1 > ref.getUTCMonth()) y -= 1;
    const prefix = modifier ? `${modifier.toLowerCase()} ` : "";
    const answer = `${prefix}${MONTHS[m - 1]}${y !== undefined ? ` ${y}` : ""}`;
    return { ...base, granularity: "month", ymd: { y, m }, answer, aliases: [spanText, `${prefix}${MONTHS[m - 1]}`] };
  }
  if (known("year")) {
    const y = r.start.get("year") ?? 0;
    return { ...base, granularity: "year", ymd: { y }, answer: String(y) };
  }
  return undefined;
}

function day(base: Omit<DateMention, "granularity" | "answer">, d: Date, withWeekday: boolean): DateMention {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const dd = d.getUTCDate();
  const answer = formatDay({ y, m, d: dd }, withWeekday);
  const aliases = [...base.aliases, `${MONTHS[m - 1]} ${dd}`, `${dd} ${MONTHS[m - 1]} ${y}`];
  if (withWeekday) aliases.push(WEEKDAYS[d.getUTCDay()]);
  return { ...base, granularity: "day", ymd: { y, m, d: dd }, withWeekday, answer, aliases: [...new Set(aliases)] };
}
