import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { articleCards, dateCards, otherCards, personCards, withScheduling } from "./__fixtures__/article-cards";
import { buildQuiz } from "./build-quiz";
import { classifyCard } from "./classify-card";
import { normalizeAnswer } from "./normalize-answer";
import type { BuildQuizOptions, QuizFormat, QuizQuestion, QuizSourceCard } from "./types";

const MIXED_10: BuildQuizOptions = { formats: "mixed", length: 10, focusWeak: false };
const only = (format: QuizFormat, length: BuildQuizOptions["length"] = "all"): BuildQuizOptions => ({
  formats: [format],
  length,
  focusWeak: false,
});
const cardById = new Map(articleCards.map((c) => [c.id, c]));
const cardIdsOf = (q: QuizQuestion): string[] => (q.format === "matching" ? q.cardIds : [q.cardId]);
const SEEDS = Array.from({ length: 25 }, (_, i) => `seed-${i}`);

describe("buildQuiz: determinism and shape", () => {
  test.each([["a"], ["quiz-123"], ["ünïcode"]])("seed %j always gives the same quiz", (seed) => {
    expect(buildQuiz(articleCards, MIXED_10, seed)).toEqual(buildQuiz(articleCards, MIXED_10, seed));
  });

  test("different seeds give different quizzes", () => {
    const a = buildQuiz(articleCards, MIXED_10, "one").questions;
    const b = buildQuiz(articleCards, MIXED_10, "two").questions;
    expect(a).not.toEqual(b);
  });

  test("does not mutate the cards", () => {
    const before = JSON.stringify(articleCards);
    buildQuiz(articleCards, { formats: "mixed", length: "all", focusWeak: true }, "s");
    expect(JSON.stringify(articleCards)).toBe(before);
  });

  test.each<[string, BuildQuizOptions, number]>([
    ["mixed, 10", MIXED_10, 10],
    ["mixed, 20", { formats: "mixed", length: 20, focusWeak: false }, 20],
    ["typed, 10", only("typed", 10), 10],
    ["multiple choice, 20", only("multiple_choice", 20), 20],
    ["true/false, 10", only("true_false", 10), 10],
  ])("%s gives %i questions with ids q1…", (_label, options, count) => {
    for (const seed of SEEDS.slice(0, 5)) {
      const { questions } = buildQuiz(articleCards, options, seed);
      expect(questions).toHaveLength(count);
      expect(questions.map((q) => q.id)).toEqual(questions.map((_, i) => `q${i + 1}`));
    }
  });

  test.each(SEEDS.slice(0, 8))("'all' asks about each card at most once (seed %s)", (seed) => {
    const { questions, warnings } = buildQuiz(articleCards, { formats: "mixed", length: "all", focusWeak: false }, seed);
    const ids = questions.flatMap(cardIdsOf);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(articleCards.length);
    expect(warnings).toEqual([]);
  });

  test("a short quiz avoids asking both directions of one fact", () => {
    for (const seed of SEEDS) {
      const { questions } = buildQuiz(articleCards, only("typed", 10), seed);
      const facts = questions.flatMap(cardIdsOf).map((id) => cardById.get(id)?.factKey);
      expect(new Set(facts).size).toBe(facts.length);
    }
  });

  test.each<[QuizFormat[]]>([[["typed"]], [["multiple_choice"]], [["true_false"]], [["typed", "true_false"]]])(
    "formats %j are respected",
    (formats) => {
      for (const seed of SEEDS.slice(0, 5)) {
        const { questions } = buildQuiz(articleCards, { formats, length: 20, focusWeak: false }, seed);
        for (const q of questions) expect(formats).toContain(q.format);
      }
    },
  );

  test("mixed uses every format", () => {
    const { questions } = buildQuiz(articleCards, { formats: "mixed", length: "all", focusWeak: false }, "s");
    expect(new Set(questions.map((q) => q.format))).toEqual(new Set(["multiple_choice", "true_false", "typed", "matching"]));
  });
});

describe("buildQuiz: formats", () => {
  test.each(SEEDS)("multiple choice has four distinct options, one of them right (seed %s)", (seed) => {
    const { questions } = buildQuiz(articleCards, only("multiple_choice"), seed);
    for (const q of questions) {
      if (q.format !== "multiple_choice") continue;
      const card = cardById.get(q.cardId) as QuizSourceCard;
      expect(q.options).toHaveLength(4);
      expect(new Set(q.options.map(normalizeAnswer)).size).toBe(4);
      expect(q.options[q.correctIndex]).toBe(card.answer);
      const accepted = new Set([card.answer, ...card.aliases].map(normalizeAnswer));
      expect(q.options.filter((o) => accepted.has(normalizeAnswer(o)))).toHaveLength(1);
      // Borrowed options are of the same type as the answer.
      const type = classifyCard(card).answerType;
      const foreign = q.options.filter((o) => o !== card.answer && !card.distractors.includes(o));
      for (const o of foreign) {
        const donor = articleCards.find((c) => c.answer === o) as QuizSourceCard;
        expect(classifyCard(donor).answerType).toBe(type);
      }
    }
  });

  test("the right option is not always in the same place", () => {
    const positions = new Set(
      SEEDS.map((seed) => {
        const q = buildQuiz(articleCards, only("multiple_choice"), seed).questions.find((x) => x.format === "multiple_choice" && x.cardId === "c02");
        return q?.format === "multiple_choice" ? q.correctIndex : -1;
      }),
    );
    expect(positions.size).toBeGreaterThanOrEqual(3);
  });

  test.each<[BuildQuizOptions["length"], string]>(
    SEEDS.slice(0, 6).flatMap((seed): Array<[BuildQuizOptions["length"], string]> => [
      [10, seed],
      [20, seed],
      ["all", seed],
    ]),
  )("true/false is half true, half false (length %s, %s)", (length, seed) => {
    const { questions } = buildQuiz(articleCards, only("true_false", length), seed);
    const tf = questions.filter((q) => q.format === "true_false");
    const trues = tf.filter((q) => q.format === "true_false" && q.isTrue).length;
    expect([Math.floor(tf.length / 2), Math.ceil(tf.length / 2)]).toContain(trues);
  });

  test.each(SEEDS.slice(0, 10))("true/false statements say what they claim (seed %s)", (seed) => {
    const { questions } = buildQuiz(articleCards, only("true_false"), seed);
    for (const q of questions) {
      if (q.format !== "true_false") continue;
      const card = cardById.get(q.cardId) as QuizSourceCard;
      expect(q.statement).toContain(q.shownValue);
      expect(q.statement).not.toContain("_____");
      if (q.isTrue) expect(q.shownValue).toBe(card.answer);
      else expect(normalizeAnswer(q.shownValue)).not.toBe(normalizeAnswer(card.answer));
      if (card.kind === "cloze") expect(q.statement).toBe(card.prompt.replace("_____", q.shownValue));
      else expect(q.statement).toBe(`${card.prompt} — ${q.shownValue}`);
    }
  });

  test.each(SEEDS.slice(0, 10))("typed questions carry answer and aliases (seed %s)", (seed) => {
    const { questions } = buildQuiz(articleCards, only("typed", 20), seed);
    for (const q of questions) {
      if (q.format !== "typed") continue;
      const card = cardById.get(q.cardId) as QuizSourceCard;
      expect({ prompt: q.prompt, answer: q.answer, aliases: q.aliases }).toEqual({ prompt: card.prompt, answer: card.answer, aliases: card.aliases });
    }
  });

  test.each(SEEDS)("matching rounds have 5–6 pairs of one relation and a true solution (seed %s)", (seed) => {
    const { questions, warnings } = buildQuiz(articleCards, only("matching", 10), seed);
    expect(questions.length).toBe(2);
    expect(warnings.join(" ")).toMatch(/2 matching rounds only/);
    for (const q of questions) {
      if (q.format !== "matching") throw new Error("expected matching");
      expect(q.left.length).toBeGreaterThanOrEqual(5);
      expect(q.left.length).toBeLessThanOrEqual(6);
      expect(q.right).toHaveLength(q.left.length);
      expect([...q.solution].sort()).toEqual(q.left.map((_, i) => i));
      expect(q.solution.some((r, l) => r !== l)).toBe(true);
      const relations = new Set(q.cardIds.map((id) => classifyCard(cardById.get(id) as QuizSourceCard).relation?.kind));
      expect(relations).toEqual(new Set([q.relation]));
      q.left.forEach((left, i) => {
        expect(q.pairs[i]).toMatchObject({ left, right: q.right[q.solution[i]] });
      });
    }
  });

  test("people are matched with their titles", () => {
    const { questions } = buildQuiz(personCards, only("matching"), "s");
    const round = questions[0];
    if (round?.format !== "matching") throw new Error("expected matching");
    const gause = round.left.indexOf("Ken Gause");
    if (gause >= 0) {
      expect(round.right[round.solution[gause]]).toBe("senior adversary analytics specialist at the Center for Naval Analyses");
    }
    expect(round.relation).toBe("person_title");
  });
});

describe("buildQuiz: fallbacks and warnings", () => {
  test.each<[string, QuizSourceCard[], BuildQuizOptions, RegExp, QuizFormat[]]>([
    ["matching with too few pairs", [...dateCards.slice(0, 4), ...otherCards], only("matching", 10), /Matching needs at least 5 pairs.*0 and 4/, ["multiple_choice", "true_false", "typed"]],
    ["multiple choice for a lone card", [otherCards[4]], only("multiple_choice", 10), /fewer than 3 wrong options/, ["typed"]],
    ["too few cards for the length", otherCards, only("typed", 10), /enough cards for 5 questions, not 10/, ["typed"]],
    ["no formats", articleCards, { formats: [], length: 10, focusWeak: false }, /No quiz format was chosen/, ["multiple_choice", "true_false", "typed", "matching"]],
    ["weak focus without history", articleCards, { formats: ["typed"], length: 10, focusWeak: true }, /cannot focus on weak cards/, ["typed"]],
  ])("%s", (_label, cards, options, warning, allowed) => {
    const { questions, warnings } = buildQuiz(cards, options, "s");
    expect(warnings.join("\n")).toMatch(warning);
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) expect(allowed).toContain(q.format);
  });

  test("a value with $ patterns is put into the gap literally", () => {
    const card: QuizSourceCard = { ...otherCards[1], answer: "$& $1 $$", distractors: [] };
    const { questions } = buildQuiz([card], only("true_false"), "s");
    const q = questions[0];
    if (q?.format !== "true_false") throw new Error("expected true/false");
    expect(q.statement).toBe("The missile was a $& $1 $$ ICBM, according to KCNA.");
  });

  test.each<[string, QuizSourceCard[]]>([
    ["no cards", []],
    ["only empty answers", [{ ...otherCards[0], answer: "  " }]],
  ])("%s: no questions and a warning", (_label, cards) => {
    const { questions, warnings } = buildQuiz(cards, MIXED_10, "s");
    expect(questions).toEqual([]);
    expect(warnings.join(" ")).toMatch(/no cards to quiz on/);
  });

  test("repeated card ids are asked once", () => {
    const { questions, warnings } = buildQuiz([otherCards[0], otherCards[0]], only("typed", "all"), "s");
    expect(questions).toHaveLength(1);
    expect(warnings.join(" ")).toMatch(/1 card was left out/);
  });
});

describe("buildQuiz: weak-card focus", () => {
  const lapsed = ["c21", "c22", "c23"];
  const known = articleCards.map((c) => c.id).filter((id) => !lapsed.includes(id)).slice(0, 15);
  const facts = Object.fromEntries([
    ...lapsed.map((id, i) => [id, { retrievability: 0.9, lapses: i + 1, reps: 8 }]),
    ...known.map((id) => [id, { retrievability: 0.98, lapses: 0, reps: 5 }]),
  ]);
  const scheduled = withScheduling(articleCards, facts);

  test.each(SEEDS.slice(0, 10))("lapsed cards first, then new ones, well-known last (seed %s)", (seed) => {
    const { questions } = buildQuiz(scheduled, { formats: ["typed"], length: 10, focusWeak: true }, seed);
    const chosen = new Set(questions.flatMap(cardIdsOf));
    for (const id of lapsed) expect(chosen).toContain(id);
    const newIds = articleCards.map((c) => c.id).filter((id) => !(id in facts));
    const newChosen = newIds.filter((id) => chosen.has(id)).length;
    const knownChosen = known.filter((id) => chosen.has(id)).length;
    // Seven slots after the lapsed cards; new cards (minus reverse who-is siblings) fill them first.
    expect(newChosen).toBeGreaterThanOrEqual(Math.min(7, newIds.length) - knownChosen);
    expect(newChosen).toBeGreaterThan(knownChosen);
  });

  test("without focus, weak cards are not favoured every time", () => {
    const hits = SEEDS.filter((seed) => {
      const chosen = new Set(buildQuiz(scheduled, { formats: ["typed"], length: 10, focusWeak: false }, seed).questions.flatMap(cardIdsOf));
      return lapsed.every((id) => chosen.has(id));
    });
    expect(hits.length).toBeLessThan(SEEDS.length);
  });
});

describe("buildQuiz: properties", () => {
  const arbCard = fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    kind: fc.constantFrom("cloze" as const, "question" as const),
    prompt: fc.oneof(fc.string({ maxLength: 30 }), fc.constant("Who is Ken Gause?"), fc.constant("It was _____ then.")),
    answer: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("November 28", "Ken Gause", "more than 1,000", "1953")),
    aliases: fc.array(fc.string({ maxLength: 10 }), { maxLength: 2 }),
    distractors: fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
    source: fc.record({ sentence: fc.string({ maxLength: 20 }) }),
    factKey: fc.string({ maxLength: 3 }),
    articleId: fc.constant("a"),
    scheduling: fc.option(
      fc.record({ retrievability: fc.option(fc.double({ min: 0, max: 1, noNaN: true })), lapses: fc.nat(5), reps: fc.nat(9) }),
    ),
  });
  const arbOptions = fc.record({
    formats: fc.oneof(fc.constant("mixed" as const), fc.subarray(["multiple_choice", "true_false", "typed", "matching"] as QuizFormat[])),
    length: fc.constantFrom(10 as const, 20 as const, "all" as const),
    focusWeak: fc.boolean(),
  });

  test("never throws, is deterministic, and every question is self-consistent", () => {
    fc.assert(
      fc.property(fc.array(arbCard, { maxLength: 30 }), arbOptions, fc.string(), (cards, options, seed) => {
        const result = buildQuiz(cards, options, seed);
        expect(buildQuiz(cards, options, seed)).toEqual(result);
        if (options.length !== "all") expect(result.questions.length).toBeLessThanOrEqual(options.length);
        for (const q of result.questions) {
          if (q.format === "multiple_choice") {
            expect(q.options).toHaveLength(4);
            expect(q.options[q.correctIndex]).toBe(q.answer);
          }
          if (q.format === "true_false" && q.isTrue) expect(q.shownValue).toBe(q.answer);
          if (q.format === "matching") expect([...q.solution].sort()).toEqual(q.left.map((_, i) => i));
        }
      }),
      { numRuns: 300 },
    );
  });
});
