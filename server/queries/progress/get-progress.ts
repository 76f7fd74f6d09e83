import "server-only";

import { State } from "ts-fsrs";
import {
  addDays,
  buildDistribution,
  buildFutureDue,
  buildHeatmap,
  computeStreaks,
  computeTrueRetention,
  countCardStates,
  DIFFICULTY_BINS,
  formatDayKey,
  listOffsetIntervals,
  MASTERED_STABILITY_DAYS,
  RETRIEVABILITY_BINS,
  STABILITY_BINS,
  summarizeAnswerButtons,
  summarizeArticles,
  summarizeQuizScores,
  summarizeRetrievabilities,
  summarizeReviewTime,
  toDayKey,
  type TDayCount,
  type TRetentionBucket,
} from "@/lib/progress";
import { createRetrievabilityCurve, getStudyDay } from "@/lib/scheduling";
import { db } from "@/server/db";
import { getUserSettings } from "@/server/queries/get-user-settings";
import { whereReaderCards } from "@/server/queries/where-reader-cards";
import { rebuildReviewStats } from "@/server/services/rebuild-review-stats";
import { currentDialect, dayNumberSql, epochOf, param, stringAgg } from "./day-number-sql";

const KINDS = ["learning", "young", "mature"] as const;

type TDayStat = { day: number; kind: number; again: number; hard: number; good: number; easy: number; ms: number };

/** The reader's day statistics, packed by the database into one string (thousands of rows cost one). */
async function queryDayStats(userId: string): Promise<TDayStat[]> {
  const dialect = currentDialect();
  const cols = ["day", "kind", "again", "hard", "good", "easy", "ms"].map((c) => `CAST("${c}" AS TEXT)`).join(" || ',' || ");
  const [row] = await db.$queryRawUnsafe<{ stats: string | null }[]>(
    `SELECT ${stringAgg(dialect)}(${cols}, ';') AS stats FROM "ReviewDayStat" WHERE "userId" = ${param(dialect, 1)}`,
    userId,
  );
  const out: TDayStat[] = [];
  for (const item of (row?.stats ?? "").split(";")) {
    if (!item) continue;
    const [day, kind, again, hard, good, easy, ms] = item.split(",").map(Number);
    out.push({ day, kind, again, hard, good, easy, ms });
  }
  return out;
}

/** The reader's day statistics; built from the logs first if they never were (e.g. a database from before them). */
async function loadDayStats(userId: string) {
  const rows = await queryDayStats(userId);
  if (rows.length > 0) return rows;
  const anyReview = await db.reviewLog.findFirst({ where: { userId }, select: { id: true } });
  if (!anyReview) return rows;
  await rebuildReviewStats(userId);
  return queryDayStats(userId);
}

const num = (v: unknown) => Number(v ?? 0);

/**
 * Everything the Progress page shows, for one reader. The database does the heavy lifting: reviews are
 * grouped by study day (in the reader's time zone, daylight saving included) and by kind in SQL; only
 * small aggregates and one narrow row per studied card come back.
 */
export async function getProgress(userId: string, now: Date, options: { futureDueDays?: 30 | 365 } = {}) {
  const settings = await getUserSettings(userId);
  const { timeZone, dayStartHour } = settings;
  const todayKey = toDayKey(now, timeZone, dayStartHour);
  const dialect = currentDialect();

  const horizon = new Date(now.getTime() + 366 * 86_400_000);
  // Due dates are grouped into the reader's days from today on (offsets needed only for that span);
  // anything due before today counts as overdue (day -1), folded into today by buildFutureDue.
  const studyDay = getStudyDay(now, timeZone, dayStartHour);
  const todayStartSec = Math.floor(studyDay.start.getTime() / 1000);
  const intervals = listOffsetIntervals(todayStartSec - 86_400, Math.ceil(horizon.getTime() / 1000), timeZone);
  const dueDay = `CASE WHEN "e" < ${todayStartSec} THEN -1 ELSE ${dayNumberSql(dialect, `"e"`, intervals, dayStartHour, true)} END`;
  const p1 = param(dialect, 1);

  const [byDay, dues, packed, articles, quizzes, dueNow, newToday] = await Promise.all([
    // Answers per study day and kind, kept up to date with every review (see ReviewDayStat).
    loadDayStats(userId),
    db.$queryRawUnsafe<{ day: unknown; count: unknown }[]>(
      `SELECT ${dueDay} AS day, COUNT(*) AS count
         FROM (SELECT ${epochOf(dialect, `s."due"`)} AS "e"
                 FROM "CardState" s JOIN "Card" c ON c."id" = s."cardId" AND c."retiredAt" IS NULL
                WHERE s."userId" = ${p1} AND s."state" <> 0 AND s."suspended" = ${dialect === "postgres" ? "false" : "0"}
                  AND s."due" < ${param(dialect, 2)}) AS dues
        GROUP BY 1`,
      userId,
      horizon,
    ),
    // The reader's cards, one row per article: each card's state, suspension, stability, difficulty and
    // last review packed into one string, so thousands of cards cost a few rows (counts by state come from
    // the same rows; retrievability is then computed with ts-fsrs, card by card).
    db.$queryRawUnsafe<{ articleId: string; cards: string | null }[]>(
      `SELECT c."articleId" AS "articleId",
              ${stringAgg(dialect)}(
                CAST(s."state" AS TEXT) || ',' || CAST(s."suspended" AS TEXT) || ',' || CAST(s."stability" AS TEXT) || ',' || CAST(s."difficulty" AS TEXT) || ',' ||
                COALESCE(CAST(${epochOf(dialect, `s."lastReview"`)} AS TEXT), ''), ';') AS cards
         FROM "CardState" s JOIN "Card" c ON c."id" = s."cardId"
        WHERE s."userId" = ${p1} AND c."retiredAt" IS NULL
        GROUP BY c."articleId"`,
      userId,
    ),
    db.userArticle.findMany({
      where: { userId, cardsToReview: false },
      select: { article: { select: { id: true, title: true, _count: { select: { cards: { where: whereReaderCards(userId) } } } } } },
    }),
    db.quizAttempt.findMany({
      where: { userId, finishedAt: { not: null } },
      orderBy: { startedAt: "desc" },
      take: 100,
      select: { id: true, startedAt: true, finishedAt: true, total: true, correct: true },
    }),
    db.cardState.count({
      where: {
        userId,
        suspended: false,
        state: { not: State.New },
        due: { lte: now },
        OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }],
        card: { retiredAt: null },
      },
    }),
    db.reviewLog.count({ where: { userId, state: State.New, rating: { gte: 1 }, review: { gte: studyDay.start } } }),
  ]);

  // Reviews per study day, split by kind.
  const perDay = new Map<string, { count: number; ms: number }>();
  const retention: TRetentionBucket[] = [];
  const buttons = new Map<string, number>();
  for (const r of byDay) {
    const dayKey = formatDayKey(num(r.day));
    const failed = num(r.again);
    const passed = num(r.hard) + num(r.good) + num(r.easy);
    for (const [i, c] of [r.again, r.hard, r.good, r.easy].entries()) {
      const k = `${num(r.kind)}:${i + 1}`;
      buttons.set(k, (buttons.get(k) ?? 0) + num(c));
    }
    const d = perDay.get(dayKey) ?? { count: 0, ms: 0 };
    d.count += passed + failed;
    d.ms += num(r.ms);
    perDay.set(dayKey, d);
    if (num(r.kind) > 0) retention.push({ dayKey, mature: num(r.kind) === 2, passed, failed });
  }
  const dayCounts: TDayCount[] = [...perDay].map(([dayKey, v]) => ({ dayKey, count: v.count })).sort((a, b) => a.dayKey.localeCompare(b.dayKey));

  // One pass over the packed cards: counts by state, per-article figures and each studied card's
  // retrievability (ts-fsrs's forgetting curve with the reader's weights), computed once.
  const curve = createRetrievabilityCurve(settings);
  const perArticle = new Map<string, { studied: number; mastered: number; sumR: number; last: number }>();
  const stabilities: number[] = [];
  const difficulties: number[] = [];
  const retrievabilities: (number | null)[] = [];
  const byState = new Map<string, number>();
  for (const row of packed) {
    const a = { studied: 0, mastered: 0, sumR: 0, last: 0 };
    for (const item of (row.cards ?? "").split(";")) {
      if (!item) continue;
      const [state, suspended, stability, difficulty, lr] = item.split(",");
      const key = `${state}:${suspended === "1" || suspended === "true" ? 1 : 0}`;
      byState.set(key, (byState.get(key) ?? 0) + 1);
      if (state === "0") continue;
      const card = { state: Number(state) as State, stability: Number(stability), last_review: lr ? new Date(Math.round(Number(lr) * 1000)) : undefined };
      const r = curve(card, now);
      stabilities.push(card.stability);
      difficulties.push(Number(difficulty));
      retrievabilities.push(r);
      a.studied++;
      if (card.stability >= MASTERED_STABILITY_DAYS) a.mastered++;
      a.sumR += r ?? 0;
      a.last = Math.max(a.last, card.last_review?.getTime() ?? 0);
    }
    perArticle.set(row.articleId, a);
  }
  const knowledge = summarizeRetrievabilities(retrievabilities);
  const today = perDay.get(todayKey) ?? { count: 0, ms: 0 };
  const cardCounts = countCardStates([...byState].map(([k, count]) => ({ state: Number(k.split(":")[0]), suspended: k.endsWith(":1"), count })));

  return {
    todayKey,
    timeZone,
    today: {
      dueNow,
      newAvailable: Math.max(0, Math.min(cardCounts.new, settings.newPerDay - newToday)),
      learning: cardCounts.learning + cardCounts.relearning,
      reviewedToday: today.count,
      msToday: today.ms,
    },
    streaks: computeStreaks(perDay.keys(), todayKey),
    heatmap: buildHeatmap(dayCounts.filter((d) => d.dayKey >= addDays(todayKey, -400)), todayKey),
    futureDue: buildFutureDue(
      dues.map((d) => ({ dayKey: formatDayKey(num(d.day)), count: num(d.count) })),
      todayKey,
      options.futureDueDays ?? 30,
    ),
    retention: computeTrueRetention(retention, todayKey),
    cardCounts,
    stability: buildDistribution(stabilities, STABILITY_BINS),
    difficulty: buildDistribution(difficulties, DIFFICULTY_BINS),
    retrievability: buildDistribution(knowledge.retrievabilities, RETRIEVABILITY_BINS),
    knowledge: { ...knowledge, retrievabilities: [] },
    articles: summarizeArticles(
      articles.map(({ article }) => {
        const a = perArticle.get(article.id);
        return {
          articleId: article.id,
          title: article.title,
          cards: article._count.cards,
          studied: a?.studied ?? 0,
          mastered: a?.mastered ?? 0,
          sumRetrievability: a?.sumR ?? 0,
          lastStudiedAt: a?.last ? new Date(a.last) : null,
        };
      }),
    ),
    answerButtons: summarizeAnswerButtons(
      [...buttons].map(([k, count]) => ({ kind: KINDS[Number(k.split(":")[0])], rating: Number(k.split(":")[1]), count })),
    ),
    reviewTime: summarizeReviewTime(
      [...perDay].filter(([k]) => k > addDays(todayKey, -30)).map(([dayKey, v]) => ({ dayKey, ms: v.ms, count: v.count })),
      todayKey,
      30,
    ),
    quizScores: summarizeQuizScores(quizzes),
  };
}

export type Progress = Awaited<ReturnType<typeof getProgress>>;
