import { beforeAll, describe, expect, test } from "vitest";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import type { QuizQuestion, QuizResponse } from "@/lib/quiz";
import { db } from "@/server/db";
import { getQuiz } from "@/server/queries/get-quiz";
import { answerQuestion, overrideAnswer } from "@/server/services/answer-question";
import { reviewAgainSoon } from "@/server/services/review-again-soon";
import { startQuiz } from "@/server/services/start-quiz";
import { makeUser, seedBuiltins } from "@/server/test/fixtures";

const NOW = new Date("2024-04-01T10:00:00Z");
const builtinId = async () => (await db.article.findFirstOrThrow({ where: { ownerId: null } })).id;
const stored = async (quizId: string) => (await db.quizAttempt.findUniqueOrThrow({ where: { id: quizId } })).questions as unknown as QuizQuestion[];

function rightResponse(q: QuizQuestion): QuizResponse {
  switch (q.format) {
    case "multiple_choice":
      return { format: "multiple_choice", optionIndex: q.correctIndex };
    case "true_false":
      return { format: "true_false", value: q.isTrue };
    case "typed":
      return { format: "typed", text: q.answer };
    case "matching":
      return { format: "matching", pairs: q.solution.map((right, left) => ({ left, right })) };
  }
}

function wrongResponse(q: QuizQuestion): QuizResponse {
  switch (q.format) {
    case "multiple_choice":
      return { format: "multiple_choice", optionIndex: (q.correctIndex + 1) % q.options.length };
    case "true_false":
      return { format: "true_false", value: !q.isTrue };
    case "typed":
      return { format: "typed", text: "zzz certainly wrong" };
    case "matching":
      return { format: "matching", pairs: [] };
  }
}

beforeAll(async () => {
  await seedBuiltins();
});

describe("quizzes", () => {
  test("a mixed quiz on the built-in article: graded on the server, stored, summarised", async () => {
    const user = await makeUser("quiz");
    const { id } = await startQuiz(user.id, { articleId: await builtinId(), length: 10, formats: "mixed", focusWeak: false }, NOW);
    const questions = await stored(id);
    // A quiz asks each deck card at most once: the built-in deck's size caps it.
    const deckSize = await db.card.count({ where: { articleId: await builtinId(), ownerId: null, suggested: false, retiredAt: null } });
    const n = Math.min(10, deckSize);
    expect(n).toBeGreaterThanOrEqual(4);
    expect(questions).toHaveLength(n);
    expect(new Set(questions.map((q) => q.format)).size).toBeGreaterThanOrEqual(3);

    const view = await getQuiz(user.id, id, NOW);
    const json = JSON.stringify(view.questions);
    expect(json.match(/"(correctIndex|isTrue|solution|answer|aliases|shownValue|pairs)":/g)).toBeNull();

    for (const [i, q] of questions.entries()) {
      const r = await answerQuestion(user.id, { quizId: id, questionId: q.id, response: i % 2 ? wrongResponse(q) : rightResponse(q) }, NOW);
      expect(r.correct).toBe(i % 2 === 0);
    }
    const done = await getQuiz(user.id, id, NOW);
    expect(done.finished).toBe(true);
    expect(done.summary?.correctCount).toBe(Math.ceil(n / 2));
    expect(done.summary?.items[0].status).not.toBe("correct"); // missed first
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id } })).correct).toBe(Math.ceil(n / 2));
  });

  test("a result is what was stored when it was answered: reading never grades again", async () => {
    const user = await makeUser("truth");
    const { id } = await startQuiz(user.id, { articleId: await builtinId(), length: 10, formats: "mixed", focusWeak: false }, NOW);
    const questions = await stored(id);
    const given = [];
    for (const [i, q] of questions.entries()) {
      given.push(await answerQuestion(user.id, { quizId: id, questionId: q.id, response: i % 2 ? wrongResponse(q) : rightResponse(q) }, NOW));
    }
    const rows = await db.quizAnswer.findMany({ where: { attemptId: id } });
    // The stored question changes afterwards (as the grading rules or the card's wording may): every right
    // answer would now grade wrong and every wrong one right.
    const flipped = questions.map((q) => {
      switch (q.format) {
        case "multiple_choice":
          return { ...q, correctIndex: (q.correctIndex + 1) % q.options.length };
        case "true_false":
          return { ...q, isTrue: !q.isTrue };
        case "typed":
          return { ...q, answer: "zzz certainly wrong", aliases: [] };
        case "matching":
          return { ...q, solution: q.solution.map((r) => (r + 1) % q.solution.length) };
      }
    });
    await db.quizAttempt.update({ where: { id }, data: { questions: flipped as unknown as object } });
    const view = await getQuiz(user.id, id, NOW);
    for (const a of view.answered) {
      const row = rows.find((r) => r.questionId === a.questionId)!;
      const at = given[questions.findIndex((q) => q.id === a.questionId)];
      expect({ correct: a.result.correct, score: a.result.score }).toEqual({ correct: row.correct, score: row.score });
      expect({ correct: a.result.correct, score: a.result.score, nearMiss: a.result.nearMiss, pairResults: a.result.pairResults }).toEqual({
        correct: at.correct,
        score: at.score,
        nearMiss: at.nearMiss,
        pairResults: at.pairResults,
      });
    }
    expect(view.summary?.correctCount).toBe((await db.quizAttempt.findUniqueOrThrow({ where: { id } })).correct);
  });

  test("tampered requests are refused and change nothing", async () => {
    const alice = await makeUser("alice");
    const mallory = await makeUser("mallory");
    const { id } = await startQuiz(alice.id, { articleId: "all", length: 10, formats: ["multiple_choice"], focusWeak: false }, NOW);
    const [q] = await stored(id);
    const is = (code: AppErrorCode) => (e: unknown) => AppError.is(e, code);

    await expect(answerQuestion(mallory.id, { quizId: id, questionId: q.id, response: rightResponse(q) }, NOW)).rejects.toSatisfy(is(AppErrorCode.NOT_FOUND));
    await expect(getQuiz(mallory.id, id, NOW)).rejects.toSatisfy(is(AppErrorCode.NOT_FOUND));
    await expect(answerQuestion(alice.id, { quizId: id, questionId: "q999", response: rightResponse(q) }, NOW)).rejects.toSatisfy(is(AppErrorCode.INVALID_INPUT));
    await expect(answerQuestion(alice.id, { quizId: id, questionId: q.id, response: { format: "true_false", value: true } }, NOW)).rejects.toSatisfy(is(AppErrorCode.INVALID_INPUT));
    expect(await db.quizAnswer.count({ where: { attemptId: id } })).toBe(0);

    await answerQuestion(alice.id, { quizId: id, questionId: q.id, response: wrongResponse(q) }, NOW);
    await expect(answerQuestion(alice.id, { quizId: id, questionId: q.id, response: rightResponse(q) }, NOW)).rejects.toSatisfy(is(AppErrorCode.CONFLICT));
    const answers = await db.quizAnswer.findMany({ where: { attemptId: id } });
    expect(answers).toHaveLength(1);
    expect(answers[0].correct).toBe(false);
    // Someone else's article cannot be quizzed.
    const own = await db.article.create({ data: { ownerId: alice.id, title: "Private", text: "x", wordCount: 1 } });
    await expect(startQuiz(mallory.id, { articleId: own.id, length: 10, formats: "mixed", focusWeak: false }, NOW)).rejects.toSatisfy(is(AppErrorCode.NOT_FOUND));
  });

  test("concurrent second answers store one", async () => {
    const user = await makeUser("race");
    const { id } = await startQuiz(user.id, { articleId: "all", length: 10, formats: ["true_false"], focusWeak: false }, NOW);
    const [q] = await stored(id);
    const results = await Promise.allSettled([
      answerQuestion(user.id, { quizId: id, questionId: q.id, response: rightResponse(q) }, NOW),
      answerQuestion(user.id, { quizId: id, questionId: q.id, response: wrongResponse(q) }, NOW),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.quizAnswer.count({ where: { attemptId: id } })).toBe(1);
  });

  test("override counts a typed answer as right; only typed answers, only wrong ones", async () => {
    const user = await makeUser("override");
    const { id } = await startQuiz(user.id, { articleId: "all", length: 10, formats: ["typed"], focusWeak: false }, NOW);
    const [q1, q2] = await stored(id);
    await answerQuestion(user.id, { quizId: id, questionId: q1.id, response: wrongResponse(q1) }, NOW);
    const r = await overrideAnswer(user.id, { quizId: id, questionId: q1.id }, NOW);
    expect(r.correct).toBe(true);
    await expect(overrideAnswer(user.id, { quizId: id, questionId: q1.id }, NOW)).rejects.toSatisfy((e) => AppError.is(e, AppErrorCode.INVALID_INPUT));
    await expect(overrideAnswer(user.id, { quizId: id, questionId: q2.id }, NOW)).rejects.toSatisfy((e) => AppError.is(e, AppErrorCode.INVALID_INPUT));
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id } })).correct).toBe(1);
  });

  test("quiz answers leave scheduling alone; 'review again soon' makes a review card due now", async () => {
    const user = await makeUser("soon");
    const { id } = await startQuiz(user.id, { articleId: "all", length: 10, formats: ["multiple_choice"], focusWeak: false }, NOW);
    const [q] = (await stored(id)) as Extract<QuizQuestion, { format: "multiple_choice" }>[];
    const before = await db.cardState.findFirstOrThrow({ where: { userId: user.id, cardId: q.cardId } });
    await answerQuestion(user.id, { quizId: id, questionId: q.id, response: wrongResponse(q) }, NOW);
    expect(await db.cardState.findFirstOrThrow({ where: { userId: user.id, cardId: q.cardId } })).toEqual(before);

    const later = new Date("2024-05-01T00:00:00Z");
    await db.cardState.update({ where: { id: before.id }, data: { state: 2, due: later, stability: 10 } });
    expect(await reviewAgainSoon(user.id, [q.cardId], NOW)).toBe(1);
    const after = await db.cardState.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.due.toISOString()).toBe(NOW.toISOString());
    expect(after.stability).toBe(10);
  });

  test("too few cards for a format says so", async () => {
    const user = await makeUser("few");
    const art = await db.article.create({ data: { ownerId: user.id, title: "Tiny", text: "x", wordCount: 1 } });
    await db.userArticle.create({ data: { userId: user.id, articleId: art.id } });
    await expect(startQuiz(user.id, { articleId: art.id, length: 10, formats: ["matching"], focusWeak: false }, NOW)).rejects.toSatisfy(
      (e) => AppError.is(e, AppErrorCode.INVALID_INPUT) && (e as Error).message.length > 10,
    );
  });
});
