import { describe, expect, test } from "vitest";
import { articleCards } from "./__fixtures__/article-cards";
import { buildQuiz } from "./build-quiz";
import { toPublicQuestion } from "./to-public-question";
import type { QuizQuestion } from "./types";

const SEEDS = Array.from({ length: 20 }, (_, i) => `public-${i}`);
const LEAKY_KEYS = ["correctIndex", "isTrue", "solution", "answer", "aliases", "wrongAnswers", "sourceSentence", "shownValue", "cardId", "cardIds", "pairs", "articleId"];
const ALLOWED_KEYS: Record<QuizQuestion["format"], string[]> = {
  multiple_choice: ["id", "format", "prompt", "options"],
  true_false: ["id", "format", "statement"],
  typed: ["id", "format", "prompt"],
  matching: ["id", "format", "relation", "instruction", "left", "right"],
};

function allKeys(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => allKeys(v, into));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      allKeys(v, into);
    }
  }
  return into;
}

const quizzes = SEEDS.map((seed) => buildQuiz(articleCards, { formats: "mixed", length: "all", focusWeak: false }, seed).questions);

describe("toPublicQuestion", () => {
  test.each(SEEDS.map((seed, i) => [seed, quizzes[i]] as const))("reveals nothing about the answer (%s)", (_seed, questions) => {
    for (const q of questions) {
      const pub = toPublicQuestion(q);
      const keys = allKeys(pub);
      for (const leaky of LEAKY_KEYS) expect(keys.has(leaky)).toBe(false);
      expect(Object.keys(pub).sort()).toEqual([...ALLOWED_KEYS[q.format]].sort());
      if (q.format === "typed") {
        const text = JSON.stringify(pub).toLowerCase();
        expect(text).not.toContain(q.answer.toLowerCase());
        expect(text).not.toContain(q.sourceSentence.toLowerCase());
      }
    }
  });

  test("options are a labelled list with no flag, in the server's order", () => {
    const q = quizzes[0].find((x) => x.format === "multiple_choice");
    if (q?.format !== "multiple_choice") throw new Error("expected a multiple-choice question");
    const pub = toPublicQuestion(q);
    if (pub.format !== "multiple_choice") throw new Error("format changed");
    expect(pub.options).toEqual(q.options.map((text, i) => ({ label: String(i + 1), text })));
    for (const option of pub.options) expect(Object.keys(option).sort()).toEqual(["label", "text"]);
  });

  test("matching columns: numbered left, lettered right, no pairing hint", () => {
    const q = quizzes[0].find((x) => x.format === "matching");
    if (q?.format !== "matching") throw new Error("expected a matching question");
    const pub = toPublicQuestion(q);
    if (pub.format !== "matching") throw new Error("format changed");
    expect(pub.left.map((o) => o.label)).toEqual(q.left.map((_, i) => String(i + 1)));
    expect(pub.right.map((o) => o.label)).toEqual(q.right.map((_, i) => "ABCDEF"[i]));
    expect(pub.right.map((o) => o.text)).toEqual(q.right);
  });

  test("the right option's position is spread across seeds", () => {
    const positions = quizzes.flatMap((qs) => qs.flatMap((q) => (q.format === "multiple_choice" ? [q.correctIndex] : [])));
    for (const index of [0, 1, 2, 3]) expect(positions).toContain(index);
  });
});
