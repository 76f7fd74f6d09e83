import { measureEditDistance } from "./measure-edit-distance";
import { normalizeAnswer } from "./normalize-answer";
import { parseDate, type DateParts } from "./parse-date";
import type { GradeReason } from "./types";

/** What a typed answer is checked against. */
export interface TypedAnswerKey {
  answer: string;
  aliases: readonly string[];
  /** Known wrong answers (the card's distractors): typing one of these is never forgiven as a typo. */
  wrongAnswers?: readonly string[];
}

export interface TypedGrade {
  correct: boolean;
  nearMiss: boolean;
  expected: string;
  reason: GradeReason;
  /** The accepted form (answer or alias) the response matched or nearly matched. */
  matched?: string;
}

/** Numeric hedges: a response must use the same kind of hedge as the answer, if any. */
const QUALIFIERS: Array<[string[], string]> = [
  [["no", "more", "than"], "at_most"],
  [["no", "less", "than"], "at_least"],
  [["no", "fewer", "than"], "at_least"],
  [["in", "excess", "of"], "above"],
  [["more", "than"], "above"],
  [["greater", "than"], "above"],
  [["upwards", "of"], "above"],
  [["over"], "above"],
  [["above"], "above"],
  [["less", "than"], "below"],
  [["fewer", "than"], "below"],
  [["under"], "below"],
  [["below"], "below"],
  [["at", "least"], "at_least"],
  [["at", "most"], "at_most"],
  [["up", "to"], "at_most"],
  [["close", "to"], "almost"],
  [["just", "under"], "almost"],
  [["nearly"], "almost"],
  [["almost"], "almost"],
  [["about"], "approx"],
  [["around"], "approx"],
  [["roughly"], "approx"],
  [["approximately"], "approx"],
  [["some"], "approx"],
  [["circa"], "approx"],
  [["estimated"], "approx"],
];

type Level = 0 | 1 | 2;
interface Verdict {
  level: Level;
  reason: GradeReason;
}

const NUMBER = /^\d+(\.\d+)?$/;

/** Typos allowed for a string of this many characters (the brief's length scale). */
function typoBudget(length: number): number {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  return 2;
}

function charLength(text: string): number {
  return Array.from(text).length;
}

function splitQualifiers(tokens: string[]): { words: string[]; qualifiers: string[] } {
  const words: string[] = [];
  const qualifiers: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const hit = QUALIFIERS.find(([phrase]) => phrase.every((word, k) => tokens[i + k] === word));
    if (hit) {
      qualifiers.push(hit[1]);
      i += hit[0].length;
    } else {
      words.push(tokens[i]);
      i += 1;
    }
  }
  return { words, qualifiers };
}

/** Word-by-word comparison with a per-word and a whole-answer typo budget; digits never bend. */
function compareWords(expected: string[], given: string[]): Level {
  const e = expected.join(" ");
  const g = given.join(" ");
  if (e === g) return 2;
  const eCompact = expected.join("");
  const gCompact = given.join("");
  const nearLimit = Math.max(1, Math.ceil(charLength(eCompact) * 0.3));
  // Bounded: beyond nearLimit the exact distance does not matter, and long inputs stay cheap.
  const compactDistance = measureEditDistance(eCompact, gCompact, nearLimit);

  let ok = false;
  if (eCompact === gCompact) {
    ok = true; // only spacing differs: "najin port" vs "najinport"
  } else if (expected.length === given.length) {
    let total = 0;
    ok = expected.every((word, i) => {
      const d = measureEditDistance(word, given[i], typoBudget(charLength(word)));
      total += d;
      if (d > 0 && (/\d/.test(word) || /\d/.test(given[i]))) return false;
      return d <= typoBudget(charLength(word));
    });
    ok = ok && total <= typoBudget(charLength(e));
  } else if (!/\d/.test(eCompact) && charLength(eCompact) >= 8) {
    ok = compactDistance <= 1; // a split or joined word plus nothing else
  }
  if (ok) return 2;

  const near =
    compactDistance <= nearLimit ||
    (given.length > 0 && given.every((w) => expected.includes(w)) && given.length * 2 >= expected.length) ||
    expected.every((w) => given.includes(w));
  return near ? 1 : 0;
}

function compareDates(expected: DateParts, given: DateParts): Verdict {
  const sameMonth = expected.month === given.month;
  const dayOk = expected.day === undefined || expected.day === given.day;
  const yearOk = expected.year === undefined || given.year === undefined || expected.year === given.year;
  return sameMonth && dayOk && yearOk ? { level: 2, reason: "date" } : { level: 0, reason: "date_mismatch" };
}

function judge(candidate: string, response: string, isAlias: boolean): Verdict {
  const e = normalizeAnswer(candidate);
  const g = normalizeAnswer(response);
  if (e === g) return { level: 2, reason: isAlias ? "alias" : "exact" };

  const eTokens = e.split(" ");
  const gTokens = g.split(" ");
  const eNumbers = eTokens.filter((t) => NUMBER.test(t)).map(Number).sort((a, b) => a - b);
  if (eNumbers.length === 0) {
    const level = compareWords(eTokens, gTokens);
    return { level, reason: level === 2 ? "typo" : "wrong" };
  }

  const gNumbers = gTokens.filter((t) => NUMBER.test(t)).map(Number).sort((a, b) => a - b);
  const sameNumbers = eNumbers.length === gNumbers.length && eNumbers.every((n, i) => n === gNumbers[i]);
  if (!sameNumbers) return { level: 0, reason: "number_mismatch" };

  const eParts = splitQualifiers(eTokens.filter((t) => !NUMBER.test(t)));
  const gParts = splitQualifiers(gTokens.filter((t) => !NUMBER.test(t)));
  const eQual = eParts.qualifiers.join(" ");
  const gQual = gParts.qualifiers.join(" ");
  if (eQual !== "" && gQual !== "" && eQual !== gQual) return { level: 0, reason: "qualifier_mismatch" };

  // The figure is right; the words around it decide ("1,000 containers" is near, "Taepodong-18" wrong).
  const words = compareWords(eParts.words, gParts.words);
  if (words !== 2) return { level: words, reason: "wrong" };
  if (eQual !== gQual) return { level: 1, reason: "qualifier_mismatch" };
  const sameWords = eParts.words.join(" ") === gParts.words.join(" ");
  return { level: 2, reason: sameWords ? (isAlias ? "alias" : "exact") : "typo" };
}

/**
 * Grades a typed answer against the card's answer and aliases, forgiving what is not knowledge:
 * case, accents, punctuation, articles, spacing, number words, thousands separators, and small typos
 * (0 edits up to 3 characters, 1 up to 7, 2 beyond; per word too, so "Kim Jong Il" ≠ "Kim Jong Un").
 * Numbers must match exactly; dates are compared as dates (month and day must match; a year is only
 * checked when both sides give one). A hedge on a number ("more than 1,000") must agree in kind:
 * "over 1,000" is right, "less than 1,000" is wrong, and leaving it out ("1,000") is a near miss the
 * learner may override. Typing one of `wrongAnswers` exactly is wrong even when it is one typo away
 * ("Iran" for "Iraq"). Never throws.
 *
 * @example
 * gradeTypedAnswer("ken guase", { answer: "Ken Gause", aliases: ["Gause"] }).correct // true (typo)
 * gradeTypedAnswer("28 November", { answer: "November 28, 2023", aliases: [] }).correct // true
 * gradeTypedAnswer("1,001", { answer: "1,000", aliases: [] }).correct // false
 */
export function gradeTypedAnswer(response: string, key: TypedAnswerKey): TypedGrade {
  const expected = key.answer;
  if (typeof response !== "string" || normalizeAnswer(response) === "") {
    return { correct: false, nearMiss: false, expected, reason: "empty" };
  }
  const candidates = [key.answer, ...(key.aliases ?? [])].filter((c) => normalizeAnswer(c) !== "");

  // A date is judged against the first accepted form that is a date (the answer, when it is one):
  // aliases such as "Nov. 28" leave the year out and must not excuse a wrong year.
  const givenDate = parseDate(response);
  const dateForm = givenDate ? candidates.find((c) => parseDate(c) !== null) : undefined;
  if (givenDate && dateForm !== undefined) {
    const verdict = compareDates(parseDate(dateForm) as DateParts, givenDate);
    return verdict.level === 2
      ? { correct: true, nearMiss: false, expected, reason: "date", matched: dateForm }
      : { correct: false, nearMiss: false, expected, reason: "date_mismatch" };
  }

  const typed = normalizeAnswer(response);
  const accepted = new Set(candidates.map(normalizeAnswer));
  if (!accepted.has(typed) && (key.wrongAnswers ?? []).some((w) => normalizeAnswer(w) === typed)) {
    return { correct: false, nearMiss: false, expected, reason: "wrong" };
  }

  let winner: (Verdict & { matched: string }) | null = null;
  let firstFailure: GradeReason = "wrong";
  for (const [i, candidate] of candidates.entries()) {
    const verdict = judge(candidate, response, i > 0);
    if (i === 0 && verdict.level === 0) firstFailure = verdict.reason;
    if (winner === null || verdict.level > winner.level) winner = { ...verdict, matched: candidate };
  }

  if (winner === null || winner.level === 0) {
    return { correct: false, nearMiss: false, expected, reason: firstFailure };
  }
  return {
    correct: winner.level === 2,
    nearMiss: winner.level === 1,
    expected,
    reason: winner.reason,
    matched: winner.matched,
  };
}
