import "server-only";

import { State } from "ts-fsrs";
import { buildQueue, getStudyDay, previewIntervals, siblingKeyOf, type TQueueCard, type TQueueKind } from "@/lib/scheduling";
import { db } from "@/server/db";
import { applyOverride } from "@/server/mappers/card-override";
import { toFsrsCard } from "@/server/mappers/card-state";
import { getUserSettings } from "@/server/queries/get-user-settings";
import { listQueueRows, type TQueueRow } from "@/server/queries/list-queue-rows";
import type { TUserSettings } from "@/lib/validations/settings";

export type StudyCard = {
  stateId: string;
  cardId: string;
  version: number;
  kind: TQueueKind;
  cardKind: string;
  prompt: string;
  answer: string;
  sourceSentence: string;
  articleId: string;
  articleTitle: string;
  suspended: boolean;
  /** When it is due (ISO): orders learning cards on the page. */
  due: string;
  /** Cards made from the same sentence share it: a grade drops the held siblings (see settleGradedCard). */
  siblingKey: string | null;
  /** Next interval of each grade, Again to Easy, as shown on the buttons. */
  intervals: [string, string, string, string];
};

export type StudyState = {
  /**
   * In queue order: every learning card due today (also those due after the learn-ahead limit, which the
   * queue will take in later) and the first reviews and new cards (at most `limit`). The page works
   * through them itself.
   */
  cards: StudyCard[];
  /** Cards of each kind in the whole queue. */
  counts: Record<TQueueKind, number>;
  /** Reviews and new cards the queue holds beyond `cards` (learning: always 0, all are sent). */
  remainder: Record<TQueueKind, number>;
  nextDueAt: string | null;
  reviewedToday: number;
  /** Cards in the deck; counted only when the queue is empty (null otherwise). */
  totalCards: number | null;
};

/** Cards sent to the page at a time: about three minutes of study, so its intervals are still fresh. */
export const STUDY_BATCH = 20;

/**
 * New cards loaded per new card the day allows: siblings left out of the queue (one card per sentence a
 * day) are then seldom so many that more must be loaded.
 */
const NEW_TAKE_FACTOR = 2;

/**
 * What the review screen needs now: the first cards of the reader's queue (learning, then due reviews,
 * then new cards within the day's limits) with their four next intervals, and how many more the queue
 * holds. The page grades them one by one (each grade returns whether the card comes back today) and asks
 * again when it has nothing left to show. `preferStateId` puts that card first when it is in the queue
 * (the card a reader just undid).
 */
export async function getStudyState(
  userId: string,
  now: Date,
  preferStateId?: string,
  settings?: TUserSettings,
  limit: number = STUDY_BATCH,
): Promise<StudyState> {
  settings ??= await getUserSettings(userId);
  const day = getStudyDay(now, settings.timeZone, settings.dayStartHour);
  const at = { now, dayStart: day.start, dayEnd: day.end };
  const take = { reviews: settings.reviewsPerDay, fresh: NEW_TAKE_FACTOR * settings.newPerDay };
  let rows = await listQueueRows(userId, at, take);
  const doneByState = new Map<number, number>();
  for (const a of rows.answered) doneByState.set(a.state, (doneByState.get(a.state) ?? 0) + 1);
  const doneToday = {
    newCards: doneByState.get(State.New) ?? 0,
    reviews: doneByState.get(State.Review) ?? 0,
    siblingKeys: new Set(rows.answered.map((a) => a.siblingKey)),
  };

  const build = (extra: TQueueRow[] = []) => {
    // New cards come in rank order: their position is their rank here. Learning cards and reviews are
    // ordered by due date (ties by id).
    const newRank = new Map(rows.fresh.map((s, i) => [s.id, i]));
    const toQueueCard = (s: TQueueRow): TQueueCard => ({
      id: s.id,
      state: s.state as State,
      due: s.due,
      suspended: false,
      buriedUntil: s.buriedUntil,
      rank: newRank.get(s.id) ?? 0,
      siblingKey: s.siblingKey,
    });
    return buildQueue({ cards: [...rows.learning, ...rows.reviews, ...rows.fresh, ...extra].map(toQueueCard), now, settings, doneToday });
  };
  let { queue, counts, room, nextDueAt } = build();
  // Siblings left out can leave room under the day's limits for cards beyond those read: read more of
  // that kind (only then, and seldom more than once) until the limits are met or none are left.
  for (;;) {
    const moreReviews = rows.reviews.length === take.reviews && room.review > 0;
    const moreNew = rows.fresh.length === take.fresh && room.new > 0;
    if (!moreReviews && !moreNew) break;
    if (moreReviews) take.reviews *= 2;
    if (moreNew) take.fresh *= 2;
    rows = await listQueueRows(userId, at, take);
    ({ queue, counts, room, nextDueAt } = build());
  }
  if (queue.length === 0) {
    // Only an empty queue needs the next future review, for "come back at …".
    const next = await db.cardState.findFirst({
      where: { userId, suspended: false, card: { retiredAt: null }, OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }], state: State.Review, due: { gte: day.end } },
      orderBy: { due: "asc" },
      select: { id: true, state: true, due: true, buriedUntil: true, card: { select: { articleId: true, sourceStart: true } } },
    });
    if (next) ({ queue, counts, nextDueAt } = build([{ ...next, siblingKey: siblingKeyOf(next.card.articleId, next.card.sourceStart) }]));
  }
  const reviewedToday = [...doneByState.values()].reduce((a, b) => a + b, 0);
  // Sent: every learning card due today (those not yet in the queue come into it while the reader studies,
  // so the page can show them when due without asking) and the first `limit` reviews and new cards.
  const laterToday = (queue.length === 0 ? [] : rows.learning)
    .filter((c) => c.due.getTime() < day.end.getTime() && !queue.some((q) => q.id === c.id))
    .map((c) => ({ id: c.id, kind: "learning" as const, due: c.due }));
  let others = 0;
  const sent = [...queue, ...laterToday].filter((q) => q.kind === "learning" || q.id === preferStateId || others++ < Math.max(1, limit));
  const preferred = preferStateId ? sent.find((q) => q.id === preferStateId) : undefined;
  const picked = preferred ? [preferred, ...sent.filter((q) => q !== preferred)] : sent;
  const remainder = { ...counts, learning: 0 };
  for (const q of picked) if (q.kind !== "learning") remainder[q.kind] -= 1;
  if (picked.length === 0) {
    // Only an empty queue needs to know whether the deck itself is empty.
    const totalCards = await db.cardState.count({ where: { userId, card: { retiredAt: null } } });
    return { cards: [], counts, remainder, nextDueAt: nextDueAt?.toISOString() ?? null, reviewedToday, totalCards };
  }

  // The whole rows (every ts-fsrs field) and contents of the cards sent only.
  const sentRows = await db.cardState.findMany({
    where: { id: { in: picked.map((q) => q.id) }, userId },
    include: {
      card: {
        select: {
          kind: true,
          prompt: true,
          answer: true,
          aliases: true,
          sourceSentence: true,
          sourceStart: true,
          article: { select: { id: true, title: true } },
          overrides: { where: { userId } },
        },
      },
    },
  });
  const rowById = new Map(sentRows.map((r) => [r.id, r]));
  const cards = picked.flatMap((q): StudyCard[] => {
    const row = rowById.get(q.id);
    if (!row) return [];
    const { card } = row;
    const wording = applyOverride(card, card.overrides[0]);
    return [
      {
        stateId: row.id,
        cardId: row.cardId,
        version: row.version,
        kind: q.kind,
        cardKind: card.kind,
        prompt: wording.prompt,
        answer: wording.answer,
        sourceSentence: card.sourceSentence,
        articleId: card.article.id,
        articleTitle: card.article.title,
        suspended: row.suspended,
        due: row.due.toISOString(),
        siblingKey: siblingKeyOf(card.article.id, card.sourceStart),
        intervals: previewIntervals(toFsrsCard(row), now, settings, row.id),
      },
    ];
  });
  return { cards, counts, remainder, nextDueAt: null, reviewedToday, totalCards: null };
}
