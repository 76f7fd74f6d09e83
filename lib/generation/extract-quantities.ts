import type { Quantity } from "./types";

const UNITS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ONES = "one|two|three|four|five|six|seven|eight|nine";
const WORD_NUMBER = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:${ONES}))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
const QUALIFIER = "(?:more than|less than|fewer than|at least|at most|about|nearly|almost|over|up to|around|roughly|some|only|just)";
const SCALE = "(?:\\s+(?:hundred|thousand|million|billion|trillion))?";
const COMPOUND_RE = new RegExp(`(?<![\\w-])(${WORD_NUMBER}|\\d+)-(?:day|week|month|year|hour|minute|mile|kilometer|meter|point|game|match|member|seat|story|nation|time|party|person|man|woman|stage|round|set)s?\\b`, "gi");
const DURATION_RE = /\b(\d+) (?:hours?|minutes?)(?:,? (?:and )?\d+ (?:minutes?|seconds?)){1,2}\b/g;
const NUMBER_RE = new RegExp(
  `(?<![\\w.-])(?:(${QUALIFIER})\\s+)?(\\$?\\d{1,3}(?:,\\s?\\d{3})+(?![\\d])(?:\\.\\d+)?|\\$?\\d+(?:\\.\\d+)?|${WORD_NUMBER})${SCALE}(\\s*%|\\s+percent\\b|\\s+per cent\\b)?(?![\\w-]*\\d)(?!-\\w)`,
  "gi",
);

/**
 * Finds counts, percentages and amounts ("more than 1,000", "50.7 percent", "sixty-eight"). Years, parts of
 * names ("Hwasong-18") and dates are left out; the counted noun stays outside the span so a cloze keeps it.
 *
 * @example
 * extractQuantities("showing more than 1,000 containers", 0)[0].text // "more than 1,000"
 */
export function extractQuantities(text: string, offset: number): Quantity[] {
  const out: Quantity[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    const raw = m[0];
    const qualifier = (m[1] ?? "").toLowerCase();
    const core = raw.slice(m[1] ? raw.toLowerCase().indexOf(m[2].toLowerCase(), m[1].length) : 0);
    const digits = m[2].replace(/[$,\s]/g, "");
    const isWord = !/\d/.test(m[2]);
    if (!isWord && /^(1[89]\d{2}|20\d{2})$/.test(digits) && !m[3]) continue; // a year
    if (/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*$/.test(text.slice(0, m.index))) continue;
    if (/^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)/i.test(text.slice(m.index + raw.length))) continue;
    if (isWord && /^\s*(?:of (?:the|them|these|those)|who|which)\b/i.test(text.slice(m.index + raw.length)) && !/^three|^two|^four/i.test(m[2])) continue;
    const value = isWord ? wordValue(m[2].toLowerCase()) : Number(digits);
    if (!Number.isFinite(value)) continue;
    const kind: Quantity["kind"] = m[3] ? "percent" : m[2].startsWith("$") ? "money" : isWord ? "word" : "count";
    out.push({ text: raw, start: offset + m.index, end: offset + m.index + raw.length, kind, value, core, qualifier });
  }
  DURATION_RE.lastIndex = 0;
  for (let m = DURATION_RE.exec(text); m; m = DURATION_RE.exec(text)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    for (let k = out.length - 1; k >= 0; k--) if (out[k].start >= start && out[k].end <= end) out.splice(k, 1);
    out.push({ text: m[0], start, end, kind: "count", value: Number(m[1]), core: m[0], qualifier: "" });
  }
  COMPOUND_RE.lastIndex = 0;
  for (let m = COMPOUND_RE.exec(text); m; m = COMPOUND_RE.exec(text)) {
    const value = /\d/.test(m[1]) ? Number(m[1]) : wordValue(m[1].toLowerCase());
    if (!Number.isFinite(value) || value < 2) continue;
    out.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length, kind: "word", value, core: m[0], qualifier: "" });
  }
  return out.sort((a, b) => a.start - b.start);
}

function wordValue(word: string): number {
  const [tens, ones] = word.split("-");
  if (TENS[tens] !== undefined) return TENS[tens] + (ones ? (UNITS[ones] ?? (ones === "one" ? 1 : 0)) : 0);
  return UNITS[word] ?? Number.NaN;
}
