import { describe, expect, test } from "vitest";
import { toDayKey } from "@/lib/progress";
import { db } from "@/server/db";
import { getProgress } from "@/server/queries/progress/get-progress";
import { submitReview } from "@/server/services/submit-review";
import { makeUserWithCards } from "@/server/test/fixtures";
import { getUserSettings } from "@/server/queries/get-user-settings";
import { updateSettings } from "@/server/services/update-settings";

let k = 0;
const key = () => `p-${Date.now()}-${++k}`;

async function gradeFirst(userId: string, at: Date, grade: number) {
  const state = await db.cardState.findFirstOrThrow({ where: { userId, state: 0 }, orderBy: { card: { rank: "asc" } } });
  await submitReview(userId, { stateId: state.id, grade, durationMs: 5000, idempotencyKey: key(), version: state.version }, at);
  return state.id;
}

describe("getProgress", () => {
  test("a new reader gets empty summaries, not zeros dressed as data", async () => {
    const { user } = await makeUserWithCards(5);
    const p = await getProgress(user.id, new Date("2024-06-01T12:00:00Z"));
    expect(p.heatmap.isEmpty).toBe(true);
    expect(p.retention.isEmpty).toBe(true);
    expect(p.quizScores.isEmpty).toBe(true);
    expect(p.knowledge.isEmpty).toBe(true);
    expect(p.cardCounts).toMatchObject({ new: 5, total: 5 });
    const one = await db.cardState.findFirstOrThrow({ where: { userId: user.id } });
    await db.cardState.update({ where: { id: one.id }, data: { suspended: true } });
    const after = await getProgress(user.id, new Date("2024-06-01T12:00:00Z"));
    expect(after.cardCounts).toMatchObject({ new: 4, suspended: 1, total: 5 });
    expect(after.today.newAvailable).toBe(4);
    expect(p.today).toMatchObject({ newAvailable: 5, reviewedToday: 0 });
    expect(p.streaks).toMatchObject({ current: 0, best: 0 });
  });

  test("reviews land on the right study day in the reader's time zone, across daylight saving", async () => {
    const { user } = await makeUserWithCards(6);
    const settings = await getUserSettings(user.id);
    await updateSettings(user.id, { ...settings, timeZone: "America/New_York", dayStartHour: 4 });
    // 07:30 UTC on 10 March 2024 is 03:30 EDT, before the 4 AM rollover: study day 9 March.
    const times = ["2024-03-10T07:30:00Z", "2024-03-10T09:00:00Z", "2024-03-11T03:00:00Z", "2024-03-12T12:00:00Z"].map((t) => new Date(t));
    for (const t of times) await gradeFirst(user.id, t, 3);
    const now = new Date("2024-03-12T13:00:00Z");
    const p = await getProgress(user.id, now);
    const cells = p.heatmap.weeks.flat().filter((c) => c.count > 0);
    const expected = new Map<string, number>();
    for (const t of times) expected.set(toDayKey(t, "America/New_York", 4), (expected.get(toDayKey(t, "America/New_York", 4)) ?? 0) + 1);
    expect(Object.fromEntries(cells.map((c) => [c.dayKey, c.count]))).toEqual(Object.fromEntries(expected));
    expect([...expected.keys()]).toEqual(["2024-03-09", "2024-03-10", "2024-03-10", "2024-03-12"].filter((v, i, a) => a.indexOf(v) === i));
    expect(p.today.reviewedToday).toBe(1);
    expect(p.today.msToday).toBe(5000);
    expect(p.streaks.current).toBe(1);
    expect(p.streaks.best).toBe(2);
  });

  test("retention, answer buttons, card counts, future due and knowledge come from the same reviews", async () => {
    const { user } = await makeUserWithCards(4);
    const t0 = new Date("2024-05-01T10:00:00Z");
    const id = await gradeFirst(user.id, t0, 4); // straight to review
    await gradeFirst(user.id, t0, 1); // learning
    const due = (await db.cardState.findUniqueOrThrow({ where: { id } })).due;
    // Review the graduated card when due: one failed review-state answer.
    const st = await db.cardState.findUniqueOrThrow({ where: { id } });
    await submitReview(user.id, { stateId: id, grade: 1, durationMs: 1000, idempotencyKey: key(), version: st.version }, due);
    const p = await getProgress(user.id, due);
    const all = p.retention.rows.find((r) => r.period === "all")!;
    expect(all.all).toMatchObject({ passed: 0, failed: 1, retention: 0 });
    expect(all.young.failed).toBe(1);
    expect(p.answerButtons.learning.total).toBe(2);
    expect(p.answerButtons.young.counts.again).toBe(1);
    expect(p.cardCounts).toMatchObject({ new: 2, learning: 1, relearning: 1, total: 4 });
    expect(p.futureDue.total).toBeGreaterThanOrEqual(1);
    expect(p.knowledge.studiedCards).toBe(2);
    expect(p.articles.articles[0]).toMatchObject({ cards: 4, studied: 2 });
    expect(p.articles.articles[0].lastStudiedAt?.toISOString()).toBe(due.toISOString());
  });

  test("future due: overdue folds into today, days follow the reader's clock across daylight saving, retired and suspended cards stay out", async () => {
    const { user } = await makeUserWithCards(6);
    const settings = await getUserSettings(user.id);
    await updateSettings(user.id, { ...settings, timeZone: "America/New_York", dayStartHour: 4 });
    // Friday 1 November 2024, 12:00 EDT; clocks go back on Sunday 3 November.
    const now = new Date("2024-11-01T16:00:00Z");
    const states = await db.cardState.findMany({ where: { userId: user.id }, orderBy: { card: { rank: "asc" } }, include: { card: true } });
    const due = [
      "2024-10-25T12:00:00Z", // a week overdue: today
      "2024-11-02T07:30:00Z", // 03:30 EDT on 2 November, before the 4 AM rollover: still today
      "2024-11-04T08:30:00Z", // 03:30 EST on 4 November: study day 3 November
      "2024-11-04T09:30:00Z", // 04:30 EST on 4 November: study day 4 November
      "2024-11-02T12:00:00Z", // retired card: not counted
      "2024-11-02T12:00:00Z", // suspended card: not counted
    ];
    for (const [i, s] of states.entries()) {
      await db.cardState.update({
        where: { id: s.id },
        data: { state: 2, stability: 10, difficulty: 5, due: new Date(due[i]), lastReview: new Date("2024-10-20T12:00:00Z"), suspended: i === 5 },
      });
    }
    await db.card.update({ where: { id: states[4].cardId }, data: { retiredAt: now } });
    const p = await getProgress(user.id, now);
    const counts = Object.fromEntries(p.futureDue.days.filter((d) => d.count > 0).map((d) => [d.dayKey, d.count]));
    expect(counts).toEqual({ "2024-11-01": 2, "2024-11-03": 1, "2024-11-04": 1 });
    expect(p.futureDue).toMatchObject({ overdue: 1, total: 4, later: 0 });
    expect(p.today.dueNow).toBe(1);
    expect(p.knowledge.studiedCards).toBe(5);
  });
});

describe("ReviewDayStat", () => {
  const rows = (userId: string) =>
    db.reviewDayStat.findMany({ where: { userId }, orderBy: [{ day: "asc" }, { kind: "asc" }], select: { day: true, kind: true, again: true, hard: true, good: true, easy: true, ms: true } });

  test("kept by reviews and undo equals a rebuild from the logs; a time-zone change regroups the days", async () => {
    const { user } = await makeUserWithCards(6);
    const { undoLastReview } = await import("@/server/services/undo-last-review");
    const { rebuildReviewStats } = await import("@/server/services/rebuild-review-stats");
    for (const [i, t] of ["2024-07-01T02:00:00Z", "2024-07-01T05:00:00Z", "2024-07-02T23:30:00Z", "2024-07-03T10:00:00Z"].entries()) {
      await gradeFirst(user.id, new Date(t), 1 + (i % 4));
    }
    await undoLastReview(user.id);
    const kept = (await rows(user.id)).filter((r) => r.again + r.hard + r.good + r.easy > 0);
    await rebuildReviewStats(user.id);
    expect(await rows(user.id)).toEqual(kept);
    // UTC, day starting at 4: 02:00 on 1 July belongs to 30 June.
    expect(kept.map((r) => r.day)).toEqual([19904, 19905, 19906]);

    const settings = await getUserSettings(user.id);
    await updateSettings(user.id, { ...settings, timeZone: "Asia/Kolkata", dayStartHour: 0 });
    // In Kolkata (UTC+5:30, day from midnight): 1 July 07:30, 1 July 10:30, 3 July 05:00.
    expect((await rows(user.id)).map((r) => r.day)).toEqual([19905, 19907]);
  });
});
