import { describe, expect, test } from "vitest";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { db } from "@/server/db";
import { getStudyState } from "@/server/queries/get-study-state";
import { runCardCommand } from "@/server/services/run-card-command";
import { submitReview } from "@/server/services/submit-review";
import { undoLastReview } from "@/server/services/undo-last-review";
import { updateSettings } from "@/server/services/update-settings";
import { editCard } from "@/server/services/edit-card";
import { getUserSettings } from "@/server/queries/get-user-settings";
import { makeUser, makeUserWithCards } from "@/server/test/fixtures";
import { countLocalQueue, formatInterval, pickNextCard, settleGradedCard } from "@/lib/scheduling";
import { gradeStudyCard } from "@/server/services/grade-study-card";

const T0 = new Date("2024-03-01T12:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
let keyN = 0;
const key = () => `key-${Date.now()}-${++keyN}`;

async function first(userId: string, now = T0) {
  const s = await getStudyState(userId, now);
  if (!s.cards[0]) throw new Error("no card");
  return s.cards[0];
}

describe("study queue and reviews", () => {
  test("new cards come in rank order, limited by the new-card limit", async () => {
    const { user } = await makeUserWithCards(30);
    const s = await getStudyState(user.id, T0);
    expect(s.cards.map((c) => c.prompt)).toEqual(Array.from({ length: 20 }, (_, i) => `Question ${i + 1}?`));
    expect(s.counts).toEqual({ new: 20, learning: 0, review: 0 });
    expect(s.remainder).toEqual({ new: 0, learning: 0, review: 0 });
    expect(s.cards[0].intervals).toHaveLength(4);
    const batch = await getStudyState(user.id, T0, undefined, undefined, 5);
    expect(batch.cards.map((c) => c.prompt)).toEqual(s.cards.slice(0, 5).map((c) => c.prompt));
    expect(batch.remainder).toEqual({ new: 15, learning: 0, review: 0 });
    expect(s.totalCards).toBeNull(); // counted only when the queue is empty
  });

  test("a grade writes state and log together; a retried request records one review", async () => {
    const { user } = await makeUserWithCards(3);
    const card = await first(user.id);
    const input = { stateId: card.stateId, grade: 3, durationMs: 4200, idempotencyKey: key(), version: card.version };
    const results = await Promise.all([submitReview(user.id, input, later(5000)), submitReview(user.id, input, later(5000))]);
    expect(results.map((r) => r.kind).sort()).toEqual(["duplicate", "graded"]);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    const state = await db.cardState.findUniqueOrThrow({ where: { id: card.stateId } });
    expect(state.version).toBe(card.version + 1);
    expect(state.state).toBe(1); // learning
    expect(state.reps).toBe(1);
    const log = await db.reviewLog.findFirstOrThrow({ where: { userId: user.id } });
    expect(log).toMatchObject({ rating: 3, state: 0, durationMs: 4200 });
  });

  test("the interval shown on a button is the interval saved", async () => {
    const { user } = await makeUserWithCards(2);
    // Graduate a card to review, then check a review's preview against what is stored.
    let card = await first(user.id);
    await submitReview(user.id, { stateId: card.stateId, grade: 4, durationMs: 1000, idempotencyKey: key(), version: card.version }, T0);
    const due = (await db.cardState.findUniqueOrThrow({ where: { id: card.stateId } })).due;
    const reviewAt = new Date(due.getTime() + 3600_000);
    card = (await getStudyState(user.id, reviewAt, card.stateId)).cards[0];
    expect(card.kind).toBe("review");
    const shown = card.intervals[2];
    await submitReview(user.id, { stateId: card.stateId, grade: 3, durationMs: 1000, idempotencyKey: key(), version: card.version }, reviewAt);
    const saved = await db.cardState.findUniqueOrThrow({ where: { id: card.stateId } });
    expect(saved.scheduledDays).toBeGreaterThan(1);
    expect(formatInterval(saved.due.getTime() - reviewAt.getTime())).toBe(shown);
  });

  test("a second tab grading the same card gets a clear refusal and changes nothing", async () => {
    const { user } = await makeUserWithCards(2);
    const card = await first(user.id);
    await submitReview(user.id, { stateId: card.stateId, grade: 3, durationMs: 1, idempotencyKey: key(), version: card.version }, T0);
    const refused = await submitReview(user.id, { stateId: card.stateId, grade: 1, durationMs: 1, idempotencyKey: key(), version: card.version }, T0);
    expect(refused).toEqual({ kind: "conflict", message: expect.stringMatching(/already reviewed/) });
    await expect(
      gradeStudyCard(user.id, { stateId: card.stateId, grade: 1, durationMs: 1, idempotencyKey: key(), version: card.version }, T0),
    ).rejects.toSatisfy((e) => AppError.is(e, AppErrorCode.CONFLICT) && /already reviewed/.test((e as Error).message));
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
  });

  test("undo restores the card exactly and removes its log, several times in a row", async () => {
    const { user } = await makeUserWithCards(3);
    const snapshots: unknown[] = [];
    const strip = (s: Record<string, unknown>) => {
      const { version: _v, updatedAt: _u, ...rest } = s;
      return rest;
    };
    for (const [i, g] of [3, 1, 4].entries()) {
      const card = await first(user.id, later(i * 1000));
      snapshots.push(strip(await db.cardState.findUniqueOrThrow({ where: { id: card.stateId } })));
      await submitReview(user.id, { stateId: card.stateId, grade: g, durationMs: 100, idempotencyKey: key(), version: card.version }, later(i * 1000));
    }
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(3);
    for (let i = 2; i >= 0; i--) {
      const { stateId, description } = await undoLastReview(user.id);
      expect(description).toMatch(/^Undid: (Good|Again|Easy) on/);
      expect(strip(await db.cardState.findUniqueOrThrow({ where: { id: stateId } }))).toEqual(snapshots[i]);
    }
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    await expect(undoLastReview(user.id)).rejects.toSatisfy((e) => AppError.is(e, AppErrorCode.NOT_FOUND));
  });

  test("suspended and buried cards stay out of the queue; reset makes a card new", async () => {
    const { user } = await makeUserWithCards(3);
    const c1 = await first(user.id);
    await runCardCommand(user.id, { stateId: c1.stateId, command: "suspend" }, T0);
    const c2 = await first(user.id);
    expect(c2.stateId).not.toBe(c1.stateId);
    await runCardCommand(user.id, { stateId: c2.stateId, command: "bury" }, T0);
    const s = await getStudyState(user.id, T0);
    expect(s.counts.new).toBe(1);
    // Buried until the next study day (4 AM UTC by default), then back.
    const tomorrow = await getStudyState(user.id, new Date("2024-03-02T05:00:00Z"));
    expect(tomorrow.counts.new).toBe(2);

    const c3 = s.cards[0];
    await submitReview(user.id, { stateId: c3.stateId, grade: 3, durationMs: 1, idempotencyKey: key(), version: c3.version }, T0);
    await runCardCommand(user.id, { stateId: c3.stateId, command: "reset" }, T0);
    const reset = await db.cardState.findUniqueOrThrow({ where: { id: c3.stateId } });
    expect(reset).toMatchObject({ state: 0, reps: 0, lapses: 0 });
  });

  test("another reader's card is refused everywhere", async () => {
    const { user } = await makeUserWithCards(1);
    const other = await makeUser("other");
    const card = await first(user.id);
    const notFound = (e: unknown) => AppError.is(e, AppErrorCode.NOT_FOUND);
    await expect(submitReview(other.id, { stateId: card.stateId, grade: 3, durationMs: 1, idempotencyKey: key(), version: 0 }, T0)).rejects.toSatisfy(notFound);
    await expect(runCardCommand(other.id, { stateId: card.stateId, command: "suspend" }, T0)).rejects.toSatisfy(notFound);
    await expect(editCard(other.id, { stateId: card.stateId, prompt: "x", answer: "y" })).rejects.toSatisfy(notFound);
    expect(await db.cardState.findUniqueOrThrow({ where: { id: card.stateId } })).toMatchObject({ suspended: false, reps: 0 });
  });

  test("an edit is the reader's own", async () => {
    const { user, articleId } = await makeUserWithCards(1);
    const card = await first(user.id);
    await editCard(user.id, { stateId: card.stateId, prompt: "My question?", answer: "My answer" });
    expect((await first(user.id)).prompt).toBe("My question?");
    expect((await db.card.findFirstOrThrow({ where: { articleId } })).prompt).toBe("Question 1?");
  });

  test("a graded card that comes back today carries its new version and the intervals the queue will show then", async () => {
    const { user } = await makeUserWithCards(2);
    const card = await first(user.id);
    const again = await gradeStudyCard(user.id, { stateId: card.stateId, grade: 1, durationMs: 1, idempotencyKey: key(), version: card.version }, T0);
    expect(again.requeue).toMatchObject({ stateId: card.stateId, version: card.version + 1, kind: "learning", due: later(60_000).toISOString() });
    const then = await getStudyState(user.id, new Date(again.requeue!.due));
    const shown = then.cards.find((c) => c.stateId === card.stateId)!;
    expect(shown).toMatchObject({ version: again.requeue!.version, kind: "learning", intervals: again.requeue!.intervals });
    const other = then.cards.find((c) => c.stateId !== card.stateId)!;
    const easy = await gradeStudyCard(user.id, { stateId: other.stateId, grade: 4, durationMs: 1, idempotencyKey: key(), version: other.version }, T0);
    expect(easy).toEqual({ duplicate: false, requeue: null }); // now a review card, due on a later day
  });

  test.each([
    ["each card from a sentence of its own", 6, undefined],
    ["cards in sibling groups (made from the same sentence)", 12, (i: number) => Math.floor(i / 2)],
  ])("the page's own picks from the cards it holds match the server's queue, grade after grade: %s", async (_name, n, sentenceOf) => {
    const { user } = await makeUserWithCards(n, T0, { sentenceOf });
    let now = T0;
    let held = await getStudyState(user.id, now, undefined, undefined, 3);
    let current = held.cards[0];
    let fetches = 0;
    let requeued = 0;
    let graded = 0;
    const answered = new Set<string | null>();
    const studied = new Set<string>();
    for (const [i, g] of [1, 3, 1, 2, 3, 4, 3, 3, 1, 3, 3, 3, 4, 3, 3].entries()) {
      const r = await gradeStudyCard(user.id, { stateId: current.stateId, grade: g, durationMs: 1, idempotencyKey: key(), version: current.version }, now);
      graded++;
      answered.add(current.siblingKey);
      studied.add(current.stateId);
      if (r.requeue) requeued++;
      now = later((i + 1) * 45_000);
      // The page: the graded card leaves (or comes back later today), and so do its held siblings.
      held = { ...held, cards: settleGradedCard(held.cards, current, r.requeue) };
      const server = await getStudyState(user.id, now);
      // The server never sends two new or review cards of one sentence, nor one of a sentence answered today.
      const waiting = server.cards.filter((c) => c.kind !== "learning").map((c) => c.siblingKey);
      expect(new Set(waiting).size).toBe(waiting.length);
      if (sentenceOf) expect(waiting.filter((k) => answered.has(k))).toEqual([]);
      const mine = pickNextCard(held.cards, held.remainder, now);
      if (!mine) {
        // Nothing the page may show now from what it holds: it asks the server for the next cards.
        fetches++;
        held = await getStudyState(user.id, now, undefined, undefined, 3);
        expect(held.cards[0]?.stateId).toBe(server.cards[0]?.stateId);
        if (!held.cards[0]) break;
        current = held.cards[0];
        continue;
      }
      expect(mine.stateId).toBe(server.cards[0].stateId);
      expect(mine.version).toBe(server.cards[0].version);
      expect(countLocalQueue(held.cards, held.remainder, now)).toEqual(server.counts);
      current = mine;
    }
    // The walk went through every path: cards coming back, batches running out, the whole sequence.
    expect({ graded, fetchesAtLeast2: fetches >= 2, requeuedAtLeast3: requeued >= 3 }).toEqual({ graded: 15, fetchesAtLeast2: true, requeuedAtLeast3: true });
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(15);
    // With siblings, half the deck waited for a later day: one card of each sentence was studied.
    if (sentenceOf) expect({ sentences: answered.size, cards: studied.size }).toEqual({ sentences: n / 2, cards: n / 2 });
  });

  test("siblings: one card of a sentence a day, learning siblings never hidden; the others come on a later study day", async () => {
    const { user } = await makeUserWithCards(6, T0, { sentenceOf: (i) => Math.floor(i / 2) });
    const prompts = (s: Awaited<ReturnType<typeof getStudyState>>) => s.cards.map((c) => `${c.prompt} ${c.kind}`);
    const grade = async (c: { stateId: string; version: number }, g: number, at: Date) =>
      submitReview(user.id, { stateId: c.stateId, grade: g, durationMs: 1, idempotencyKey: key(), version: c.version }, at);
    const s0 = await getStudyState(user.id, T0);
    expect(prompts(s0)).toEqual(["Question 1? new", "Question 3? new", "Question 5? new"]);
    expect(s0.counts).toEqual({ new: 3, learning: 0, review: 0 });
    expect(new Set(s0.cards.map((c) => c.siblingKey)).size).toBe(3);

    await grade(s0.cards[0], 4, T0); // Question 1 → review in some days: Question 2 waits for tomorrow
    await grade(s0.cards[1], 1, T0); // Question 3 → learning: Question 4 waits while it is learnt
    const s1 = await getStudyState(user.id, later(120_000));
    expect(prompts(s1)).toEqual(["Question 3? learning", "Question 5? new"]);

    // The next study day (4 AM UTC): Question 2 comes; Question 4 still waits for its learning sibling.
    const tomorrow = new Date("2024-03-02T05:00:00Z");
    expect(prompts(await getStudyState(user.id, tomorrow))).toEqual(["Question 3? learning", "Question 2? new", "Question 5? new"]);

    // Today, once every sentence has had its card, the queue is empty until the next study day.
    const q3 = s1.cards[0];
    await grade(q3, 4, later(180_000));
    await grade(s1.cards[1], 4, later(180_000));
    const done = await getStudyState(user.id, later(240_000));
    expect(done.cards).toEqual([]);
    expect(done.counts).toEqual({ new: 0, learning: 0, review: 0 });
    expect(done.nextDueAt).toBe("2024-03-02T04:00:00.000Z");
    // Question 3, due again tomorrow, takes its sentence's place there: Question 4 waits once more.
    expect(prompts(await getStudyState(user.id, tomorrow))).toEqual(["Question 3? review", "Question 2? new", "Question 6? new"]);
  });

  test.each([
    ["new cards", "newPerDay", false],
    ["reviews", "reviewsPerDay", true],
  ] as const)("siblings left out leave room for %s beyond the first the limit loads", async (_name, limit, asReviews) => {
    // Six cards from one sentence, then four from sentences of their own; a limit of 3 a day.
    const { user } = await makeUserWithCards(10, T0, { sentenceOf: (i) => (i < 6 ? 0 : i) });
    await updateSettings(user.id, { ...(await getUserSettings(user.id)), [limit]: 3, fsrsWeights: null });
    if (asReviews) {
      const states = await db.cardState.findMany({ where: { userId: user.id }, orderBy: { card: { rank: "asc" } } });
      for (const [i, s] of states.entries()) {
        const due = later(-86_400_000 + i * 60_000); // due yesterday, in rank order
        await db.cardState.update({ where: { id: s.id }, data: { state: 2, due, stability: 5, difficulty: 5, scheduledDays: 5, reps: 1, lastReview: new Date(due.getTime() - 5 * 86_400_000) } });
      }
    }
    const s = await getStudyState(user.id, T0);
    const kind = asReviews ? "review" : "new";
    expect(s.cards.map((c) => `${c.prompt} ${c.kind}`)).toEqual(["Question 1?", "Question 7?", "Question 8?"].map((p) => `${p} ${kind}`));
    expect(s.counts[kind]).toBe(3);
  });

  test("settings change the next intervals", async () => {
    const { user } = await makeUserWithCards(1);
    expect((await first(user.id)).intervals[0]).toBe("1m");
    const settings = await getUserSettings(user.id);
    await updateSettings(user.id, { ...settings, learningSteps: "5m 30m", fsrsWeights: null });
    expect((await first(user.id)).intervals[0]).toBe("5m");
  });
});
