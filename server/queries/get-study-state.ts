import "server-only";

import { State } from "ts-fsrs";
import { buildQueue, getStudyDay, previewIntervals, type TQueueCard, type TQueueKind } from "@/lib/scheduling";
import { db } from "@/server/db";
import { applyOverride } from "@/server/mappers/card-override";
import { toFsrsCard } from "@/server/mappers/card-state";
import { getUserSettings } from "@/server/queries/get-user-settings";
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
  const active = {
    userId,
    suspended: false,
    card: { retiredAt: null },
    OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }],
  };
  const [learning, reviews, fresh, todayByState] = await Promise.all([
    // Whole rows (the cards sent need every ts-fsrs field) without relations: one statement each.
    db.cardState.findMany({ where: { ...active, state: { in: [State.Learning, State.Relearning] } } }),
    db.cardState.findMany({
      where: { ...active, state: State.Review, due: { lt: day.end } },
      orderBy: { due: "asc" },
      take: settings.reviewsPerDay,
    }),
    db.cardState.findMany({
      where: { ...active, state: State.New },
      orderBy: [{ card: { rank: "asc" } }, { createdAt: "asc" }],
      take: settings.newPerDay,
    }),
    db.reviewLog.groupBy({ by: ["state"], where: { userId, review: { gte: day.start }, rating: { gte: 1 } }, _count: { _all: true } }),
  ]);
  const doneByState = new Map(todayByState.map((g) => [g.state, g._count._all]));
  // New cards come from the database in rank order: their position is their rank here. Learning cards
  // and reviews are ordered by due date (ties by id).
  const newRank = new Map(fresh.map((s, i) => [s.id, i]));
  const toQueueCard = (s: (typeof learning)[number]): TQueueCard => ({
    id: s.id,
    state: s.state as State,
    due: s.due,
    suspended: s.suspended,
    buriedUntil: s.buriedUntil,
    rank: newRank.get(s.id) ?? 0,
  });
  const doneToday = { newCards: doneByState.get(State.New) ?? 0, reviews: doneByState.get(State.Review) ?? 0 };
  let { queue, counts, nextDueAt } = buildQueue({ cards: [...learning, ...reviews, ...fresh].map(toQueueCard), now, settings, doneToday });
  if (queue.length === 0) {
    // Only an empty queue needs the next future review, for "come back at …".
    const nextReview = await db.cardState.findFirst({ where: { ...active, state: State.Review, due: { gte: day.end } }, orderBy: { due: "asc" } });
    if (nextReview) ({ queue, counts, nextDueAt } = buildQueue({ cards: [...learning, ...reviews, ...fresh, nextReview].map(toQueueCard), now, settings, doneToday }));
  }
  const reviewedToday = [...doneByState.values()].reduce((a, b) => a + b, 0);
  // Sent: every learning card due today (those not yet in the queue come into it while the reader studies,
  // so the page can show them when due without asking) and the first `limit` reviews and new cards.
  const laterToday = (queue.length === 0 ? [] : learning)
    .filter((c) => c.due.getTime() < day.end.getTime() && !c.suspended && !queue.some((q) => q.id === c.id))
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

  const stateById = new Map([...learning, ...reviews, ...fresh].map((r) => [r.id, r]));
  const contents = await db.card.findMany({
    where: { id: { in: picked.flatMap((q) => stateById.get(q.id)?.cardId ?? []) } },
    select: {
      id: true,
      kind: true,
      prompt: true,
      answer: true,
      aliases: true,
      sourceSentence: true,
      article: { select: { id: true, title: true } },
      overrides: { where: { userId } },
    },
  });
  const contentById = new Map(contents.map((c) => [c.id, c]));
  const cards = picked.flatMap((q): StudyCard[] => {
    const row = stateById.get(q.id);
    const content = row && contentById.get(row.cardId);
    if (!row || !content) return [];
    const wording = applyOverride(content, content.overrides[0]);
    return [
      {
        stateId: row.id,
        cardId: row.cardId,
        version: row.version,
        kind: q.kind,
        cardKind: content.kind,
        prompt: wording.prompt,
        answer: wording.answer,
        sourceSentence: content.sourceSentence,
        articleId: content.article.id,
        articleTitle: content.article.title,
        suspended: row.suspended,
        due: row.due.toISOString(),
        intervals: previewIntervals(toFsrsCard(row), now, settings, row.id),
      },
    ];
  });
  return { cards, counts, remainder, nextDueAt: null, reviewedToday, totalCards: null };
}
