import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { db } from "@/server/db";
import { consumeRateLimit, subjectKey } from "@/server/rate-limit/consume-rate-limit";
import { createUser } from "@/server/services/create-user";
import { deleteAccount } from "@/server/services/delete-account";
import { startQuiz } from "@/server/services/start-quiz";
import { submitReview } from "@/server/services/submit-review";
import { makeBareArticle, seedBuiltins } from "@/server/test/fixtures";

const NOW = new Date("2026-05-01T09:00:00Z");
const PASSWORD = "plum-orbit-kettle-9";

beforeAll(async () => {
  await seedBuiltins();
});

/** A reader with a row in every table a reader owns rows of. */
async function busyReader() {
  const user = await createUser({ email: `busy-${randomUUID()}@example.com`, password: PASSWORD, name: "" }, NOW);
  const state = await db.cardState.findFirstOrThrow({ where: { userId: user.id }, select: { id: true, cardId: true, version: true } });
  await submitReview(user.id, { stateId: state.id, version: state.version, grade: 3, durationMs: 1000, idempotencyKey: randomUUID() }, NOW);
  await db.cardOverride.create({ data: { userId: user.id, cardId: state.cardId, prompt: "Mine?" } });
  await db.cardReport.create({ data: { userId: user.id, cardId: state.cardId, reason: "wrong" } });
  const { id: quizId } = await startQuiz(user.id, { articleId: "all", length: 10, formats: ["multiple_choice"], focusWeak: false }, NOW);
  await db.quizAnswer.create({ data: { attemptId: quizId, questionId: "q1", format: "multiple_choice", response: {}, correct: true } });
  const { id: articleId } = await makeBareArticle(user.id, "My own");
  await db.card.create({
    data: { articleId, kind: "question", prompt: "Own?", answer: "Yes", aliases: [], distractors: [], sourceSentence: "Facts.", sourceStart: 0, sourceEnd: 6, factKey: "own", rank: 0, score: 1 },
  });
  await consumeRateLimit("articleReader", user.id, NOW);
  await consumeRateLimit("signInAccount", user.email, NOW);
  return user;
}

/** Every row that belongs to a reader, table by table. */
async function rowsOf(user: { id: string; email: string }) {
  const where = { userId: user.id };
  return {
    user: await db.user.count({ where: { id: user.id } }),
    settings: await db.userSettings.count({ where }),
    enrollments: await db.userArticle.count({ where }),
    cardStates: await db.cardState.count({ where }),
    reviewLogs: await db.reviewLog.count({ where }),
    dayStats: await db.reviewDayStat.count({ where }),
    overrides: await db.cardOverride.count({ where }),
    reports: await db.cardReport.count({ where }),
    quizAttempts: await db.quizAttempt.count({ where }),
    quizAnswers: await db.quizAnswer.count({ where: { attempt: where } }),
    articles: await db.article.count({ where: { ownerId: user.id } }),
    cardsOfOwnArticles: await db.card.count({ where: { article: { ownerId: user.id } } }),
    rateLimitCounters: await db.rateLimitCounter.count({
      where: { OR: [{ bucket: { startsWith: `${subjectKey("articleReader", user.id)}:` } }, { bucket: { startsWith: `${subjectKey("signInAccount", user.email)}:` } }] },
    }),
  };
}

describe("deleteAccount", () => {
  test("removes every row of the reader and none of another reader's", async () => {
    const alice = await busyReader();
    const bob = await busyReader();
    const before = await rowsOf(alice);
    for (const [table, n] of Object.entries(before)) expect(n, table).toBeGreaterThan(0);
    const bobBefore = await rowsOf(bob);
    const builtinCards = await db.card.count({ where: { article: { ownerId: null } } });

    await deleteAccount(alice, PASSWORD, NOW);

    const after = await rowsOf(alice);
    expect(after).toEqual(Object.fromEntries(Object.keys(before).map((k) => [k, 0])));
    expect(await rowsOf(bob)).toEqual(bobBefore);
    expect(await db.card.count({ where: { article: { ownerId: null } } })).toBe(builtinCards);
  });

  test("a wrong password deletes nothing", async () => {
    const carol = await busyReader();
    const before = await rowsOf(carol);
    await expect(deleteAccount(carol, "not my password", NOW)).rejects.toSatisfy((e) => AppError.is(e, AppErrorCode.UNAUTHORIZED));
    // The failed check raised the account's failure count (the same counter row); nothing was removed.
    expect(await rowsOf(carol)).toEqual(before);
  });
});
