import { hashText } from "./hash-text";
import { isSameName } from "./is-same-name";
import { formatLike } from "./format-number-like";
import { formatDay, MONTH_NAMES } from "./format-day";
import type { ArticleIndex, Candidate } from "./types";

/**
 * Picks up to three wrong answers of the same type and form as the card's answer: people for people, day-dates
 * for day-dates (same format), countries for countries, numbers in the same style. The article's own values come
 * first; dates and numbers are topped up with nearby values. Nothing that appears in the card's source sentence
 * is used, so a distractor is never also true there. Choices are seeded by the fact, so they are deterministic.
 *
 * @example
 * pickDistractors(card, index) // ["November 23, 2023", "November 27, 2023", "November 25, 2023"]
 */
export function pickDistractors(card: Candidate, index: ArticleIndex): string[] {
  const normOf = normalizerFor(index);
  const seed = card.factId + card.family;
  const sentence = card.sentence.text.toLowerCase();
  const answers = [card.answer, ...card.aliases];
  const taken = new Set(answers.map(norm));
  const answer = norm(card.answer);
  const ok = (x: string) => {
    const n = normOf(x);
    if (!n || taken.has(n) || answer.includes(n) || n.includes(answer)) return false;
    return !sentence.includes(x.toLowerCase()) && !answers.some((a) => isSameName(a, x));
  };
  const isNew = (chosen: string[], x: string) => !chosen.some((c) => normOf(c) === normOf(x) || isSameName(c, x));
  const pick = (pool: string[], extra: string[] = []) => {
    const chosen: string[] = [];
    for (const x of shuffle(unique(pool, normOf).filter(ok), seed)) {
      if (chosen.length === 3) break;
      if (isNew(chosen, x)) chosen.push(x);
    }
    for (const x of extra) {
      if (chosen.length < 3 && ok(x) && isNew(chosen, x)) chosen.push(x);
    }
    return chosen;
  };
  switch (card.answerType) {
    case "person":
      return pick(index.people);
    case "place":
      return card.country ? pick(index.countries) : pick(index.places);
    case "org":
      return pick(index.orgs);
    case "thing":
      return pick(index.things.filter((t) => sameShape(t, card.answer)));
    case "title": {
      const most = Math.max(3, wordCount(card.answer) + 6);
      return pick(index.titles.filter((t) => wordCount(t) <= most));
    }
    case "phrase": {
      const words = wordCount(card.answer);
      const isPlural = plural(card.answer);
      return pick(index.phrases.filter((p) => Math.abs(wordCount(p) - words) <= 1 && plural(p) === isPlural));
    }
    case "attribute":
      return pick(index.attributes);
    case "date-day":
    case "date-month":
    case "date-year":
    case "time":
      return pick(sameDates(card, index), nearbyDates(card));
    case "number":
      return pick(sameNumbers(card, index), nearbyNumbers(card));
  }
}

function sameDates(card: Candidate, index: ArticleIndex): string[] {
  const d = card.date;
  if (!d) return [];
  return index.dates
    .filter((x) => x.granularity === d.granularity && x.ymd?.y !== undefined === (d.ymd?.y !== undefined))
    .map((x) => (d.granularity === "day" && x.ymd?.m && x.ymd.d ? formatDay({ y: x.ymd.y, m: x.ymd.m, d: x.ymd.d }, d.withWeekday) : x.answer));
}

function nearbyDates(card: Candidate): string[] {
  const d = card.date;
  if (!d?.ymd) return [];
  const { y, m, d: day } = d.ymd;
  const offsets = shuffle(["-3", "-2", "-1", "1", "2", "4", "5", "-5"], card.factId).map(Number);
  if (d.granularity === "day" && m && day) {
    return offsets.map((o) => {
      if (y === undefined) {
        const dt = new Date(Date.UTC(2001, m - 1, day + o));
        return `${MONTH_NAMES[dt.getUTCMonth()]} ${dt.getUTCDate()}`;
      }
      const dt = new Date(Date.UTC(y, m - 1, day + o));
      return formatDay({ y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() }, d.withWeekday);
    });
  }
  if (d.granularity === "month" && m) {
    const prefix = /^(late|early|mid)\s/i.exec(d.answer)?.[0] ?? "";
    return offsets.map((o) => {
      const dt = new Date(Date.UTC(y ?? 2001, m - 1 + o, 1));
      return `${prefix}${MONTH_NAMES[dt.getUTCMonth()]}${y !== undefined ? ` ${dt.getUTCFullYear()}` : ""}`;
    });
  }
  if (d.granularity === "year" && y) return offsets.map((o) => String(y + o));
  return [];
}

function sameNumbers(card: Candidate, index: ArticleIndex): string[] {
  const q = card.quantity;
  if (!q) return [];
  const compound = UNIT_COMPOUND.exec(q.core);
  const core = compound ? compound[1] : q.core.replace(/\s*(?:%|percent|per cent)$/i, "");
  const suffix = compound ? compound[2] : q.core.slice(core.length);
  const inSentence = new Set(index.quantities.filter((x) => x.start >= card.sentence.start && x.end <= card.sentence.end).map((x) => x.value));
  const values = [...new Set(index.quantities.filter((x) => x.kind === q.kind && x.value !== q.value && !inSentence.has(x.value) && x.value / q.value < 10 && q.value / x.value < 10).map((x) => x.value))];
  return values.map((v) => `${q.qualifier ? `${q.qualifier} ` : ""}${formatLike(v, core)}${suffix}`);
}

function nearbyNumbers(card: Candidate): string[] {
  const q = card.quantity;
  if (!q) return [];
  const words = !/\d/.test(q.core);
  const factors =
    q.value < 20 && Number.isInteger(q.value)
      ? [q.value - 1, q.value + 1, q.value + 2, q.value - 2, q.value + 3]
      : words
        ? [q.value - 10, q.value + 10, q.value + 4, q.value - 6, q.value + 20].filter((v) => v < 100)
        : [q.value * 0.5, q.value * 2, q.value * 1.5, q.value * 0.75, q.value * 3];
  const compound = UNIT_COMPOUND.exec(q.core);
  const core = compound ? compound[1] : q.core.replace(/\s*(?:%|percent|per cent)$/i, "");
  const suffix = compound ? compound[2] : q.core.slice(core.length);
  return factors
    .filter((v) => v > 0 && (q.kind !== "percent" || v <= 100))
    .map((v) => `${q.qualifier ? `${q.qualifier} ` : ""}${formatLike(v, core)}${suffix}`);
}

const UNIT_COMPOUND = /^([a-z]+|\d+)(-(?!(?:one|two|three|four|five|six|seven|eight|nine)$)[a-z]+)$/i;

function sameShape(a: string, b: string): boolean {
  if (/\d/.test(a) !== /\d/.test(b)) return false;
  const wa = a.split(/\s+/);
  const wb = b.split(/\s+/);
  return wa[wa.length - 1].toLowerCase() === wb[wb.length - 1].toLowerCase() || wa.length === wb.length;
}

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

function plural(text: string): boolean {
  return /s$/i.test(text.trim()) && !/ss$/i.test(text.trim());
}

function norm(text: string): string {
  return text.toLowerCase().replace(/^the\s+/, "").replace(/[^\p{L}\p{N}%]+/gu, " ").trim();
}

// Every card of an article compares the same pool entries: each entry is normalised once per article.
const normalized = new WeakMap<ArticleIndex, Map<string, string>>();

function normalizerFor(index: ArticleIndex): (text: string) => string {
  const cache = normalized.get(index) ?? new Map<string, string>();
  normalized.set(index, cache);
  return (text) => {
    let n = cache.get(text);
    if (n === undefined) cache.set(text, (n = norm(text)));
    return n;
  };
}

function unique(xs: string[], normOf: (text: string) => string): string[] {
  return [...new Map(xs.map((x) => [normOf(x), x])).values()];
}

function shuffle<T extends string>(xs: T[], seed: string): T[] {
  return xs
    .map((x) => ({ x, k: hashText(seed + x) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map((e) => e.x);
}
