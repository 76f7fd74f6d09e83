import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { MIN_FIT_ITEMS } from "@/lib/optimizer/min-fit-items";
import { NON_DEFAULT_WEIGHTS, simulateLearner } from "@/lib/optimizer/simulate-learner";
import type { TOptimizerLog } from "@/lib/optimizer/types";
import { db } from "@/server/db";
import { getFsrsFitStatus } from "@/server/queries/get-fsrs-fit-status";
import { getUserSettings } from "@/server/queries/get-user-settings";
import { claimFsrsFit, FIT_STALE_MS } from "@/server/services/claim-fsrs-fit";
import { refitIfDue } from "@/server/services/refit-if-due";
import { runFsrsFit } from "@/server/services/run-fsrs-fit";
import { startFsrsFit } from "@/server/services/start-fsrs-fit";
import { makeBareArticle } from "@/server/test/fixtures";

const NOW = new Date("2024-06-01T12:00:00Z");

/** A reader whose review log is a simulated learner's, each simulated card on a card of their own (rows written in bulk). */
async function readerWithHistory(logs: TOptimizerLog[]) {
  const user = await db.user.create({ data: { email: `fit-${randomUUID()}@example.com`, passwordHash: "x", settings: { create: {} } } });
  const { id: articleId } = await makeBareArticle(user.id, "Fit");
  const bySim = new Map([...new Set(logs.map((l) => l.cardId))].map((sim) => [sim, { cardId: randomUUID(), stateId: randomUUID() }]));
  const ids = [...bySim.values()];
  await db.card.createMany({
    data: ids.map(({ cardId }, i) => ({
      id: cardId, articleId, kind: "question", prompt: `Q${i}?`, answer: `A${i}`, aliases: [], distractors: [],
      sourceSentence: "Facts.", sourceStart: 0, sourceEnd: 6, factKey: `f${i}`, rank: i, score: 1,
    })),
  });
  await db.cardState.createMany({ data: ids.map(({ cardId, stateId }) => ({ id: stateId, userId: user.id, cardId, due: NOW })) });
  await db.reviewLog.createMany({
    data: logs.map((l) => {
      const { cardId, stateId } = bySim.get(l.cardId)!;
      return {
        userId: user.id, cardId, cardStateId: stateId, rating: l.rating, state: l.state, due: l.review,
        stability: 1, difficulty: 5, elapsedDays: 0, lastElapsedDays: 0, scheduledDays: 1, learningSteps: 0, review: l.review,
      };
    }),
  });
  return user;
}

/** Collects what startFsrsFit schedules, to await it. */
function collector() {
  const runs: Promise<unknown>[] = [];
  return { schedule: (task: () => Promise<unknown>) => void runs.push(task()), runs };
}

describe("the personal FSRS fit", () => {
  test("fits a reader's own history off the request, one fit at a time, and adopts weights that predict better", async () => {
    const reader = await readerWithHistory(simulateLearner({ trueWeights: NON_DEFAULT_WEIGHTS, reviews: 2000, seed: 2, now: NOW }));
    const other = await readerWithHistory(simulateLearner({ trueWeights: NON_DEFAULT_WEIGHTS, reviews: 100, seed: 12, now: NOW }));
    expect((await getFsrsFitStatus(reader.id, NOW)).decision).toEqual({ fit: true, reason: "first" });

    const { schedule, runs } = collector();
    expect(await startFsrsFit(reader.id, NOW, schedule)).toBe(true);
    // A second request while the first runs is refused; another reader's fit is not held up.
    expect(await startFsrsFit(reader.id, NOW, schedule)).toBe(false);
    expect((await getFsrsFitStatus(reader.id, NOW)).running).toBe(true);
    expect(await claimFsrsFit(other.id, NOW)).toBe(true);
    await db.fsrsFit.update({ where: { userId: other.id }, data: { status: "idle" } });
    expect(await Promise.all(runs)).toEqual(["adopted"]);

    const status = await getFsrsFitStatus(reader.id, NOW);
    expect(status.running).toBe(false);
    expect(status.last?.adopted).toBe(true);
    expect(status.last!.fitted!.logLoss).toBeLessThan(status.last!.current!.logLoss);
    expect(status.last!.fitted!.rmseBins).toBeLessThanOrEqual(status.last!.current!.rmseBins);
    expect(status.adoptedAt).toEqual(NOW);
    expect(status.decision).toEqual({ fit: false, reason: "up-to-date", nextAtReviews: 3000 });
    const weights = (await getUserSettings(reader.id)).fsrsWeights;
    expect(weights).toHaveLength(21);
    // The other reader's settings and fit record are untouched.
    expect((await getUserSettings(other.id)).fsrsWeights).toBeNull();
    expect((await getFsrsFitStatus(other.id, NOW)).last).toBeNull();

    // Nothing is due now: the review count has not grown since.
    expect(await refitIfDue(reader.id, NOW, schedule)).toBe(false);
    // Writing 2,000 logs is most of this test's time on a loaded machine.
  }, 120_000);

  test("too few reviews: no fit, the reason, the defaults kept, and how many more are needed", async () => {
    const reader = await readerWithHistory(simulateLearner({ trueWeights: NON_DEFAULT_WEIGHTS, reviews: 50, seed: 13, now: NOW }));
    expect((await getFsrsFitStatus(reader.id, NOW)).decision).toEqual({ fit: false, reason: "too-few", reviewsNeeded: MIN_FIT_ITEMS - 50 });
    expect(await refitIfDue(reader.id, NOW, () => undefined)).toBe(false);
    expect(await claimFsrsFit(reader.id, NOW)).toBe(true);
    expect(await runFsrsFit(reader.id, NOW)).toBe("too-few");
    const status = await getFsrsFitStatus(reader.id, NOW);
    expect(status.last).toMatchObject({ outcome: "too-few", adopted: false, current: null });
    expect(status.last!.itemsNeeded).toBe(MIN_FIT_ITEMS - status.last!.itemCount);
    expect(status.last!.message).toMatch(/needs 80 reviews/);
    expect((await getUserSettings(reader.id)).fsrsWeights).toBeNull();
  });

  test("a lock left by a server that stopped mid-fit expires", async () => {
    const reader = await readerWithHistory(simulateLearner({ trueWeights: NON_DEFAULT_WEIGHTS, reviews: 20, seed: 14, now: NOW }));
    expect(await claimFsrsFit(reader.id, NOW)).toBe(true);
    expect(await claimFsrsFit(reader.id, new Date(NOW.getTime() + 1000))).toBe(false);
    const later = new Date(NOW.getTime() + FIT_STALE_MS + 1000);
    expect((await getFsrsFitStatus(reader.id, later)).running).toBe(false);
    expect(await claimFsrsFit(reader.id, later)).toBe(true);
  });
});
