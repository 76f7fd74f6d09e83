import "server-only";

import { State } from "ts-fsrs";
import { buildQueue, getStudyDay, previewCard, type TQueueCard, type TQueueKind } from "@/lib/scheduling";
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
  /** Next interval of each grade, Again to Easy, as shown on the buttons. */
  intervals: [string, string, string, string];
};

export type StudyState = {
  card: StudyCard | null;
  counts: Record<TQueueKind, number>;
  nextDueAt: string | null;
  reviewedToday: number;
  /** Cards in the deck; counted only when the queue is empty (null otherwise). */
  totalCards: number | null;
};

const queueSelect = { id: true, state: true, due: true, suspended: true, buriedUntil: true, card: { select: { rank: true } } } as const;

/**
 * What the review screen shows now: the first card of the reader's queue (learning, then due reviews, then
 * new cards within the day's limits) with its four next intervals, and the counts left. `preferStateId`
 * puts that card first when it is in the queue (the card a reader just undid).
 */
export async function getStudyState(userId: string, now: Date, preferStateId?: string, settings?: TUserSettings): Promise<StudyState> {
  settings ??= await getUserSettings(userId);
  const day = getStudyDay(now, settings.timeZone, settings.dayStartHour);
  const active = {
    userId,
    suspended: false,
    card: { retiredAt: null },
    OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }],
  };
  const [learning, reviews, fresh, todayByState] = await Promise.all([
    db.cardState.findMany({ where: { ...active, state: { in: [State.Learning, State.Relearning] } }, select: queueSelect }),
    db.cardState.findMany({
      where: { ...active, state: State.Review, due: { lt: day.end } },
      orderBy: { due: "asc" },
      take: settings.reviewsPerDay,
      select: queueSelect,
    }),
    db.cardState.findMany({
      where: { ...active, state: State.New },
      orderBy: [{ card: { rank: "asc" } }, { createdAt: "asc" }],
      take: settings.newPerDay,
      select: queueSelect,
    }),
    db.reviewLog.groupBy({ by: ["state"], where: { userId, review: { gte: day.start }, rating: { gte: 1 } }, _count: { _all: true } }),
  ]);
  const doneByState = new Map(todayByState.map((g) => [g.state, g._count._all]));
  const toQueueCard = (s: (typeof learning)[number]): TQueueCard => ({
    id: s.id,
    state: s.state as State,
    due: s.due,
    suspended: s.suspended,
    buriedUntil: s.buriedUntil,
    rank: s.card.rank,
  });
  const doneToday = { newCards: doneByState.get(State.New) ?? 0, reviews: doneByState.get(State.Review) ?? 0 };
  let { queue, counts, nextDueAt } = buildQueue({ cards: [...learning, ...reviews, ...fresh].map(toQueueCard), now, settings, doneToday });
  if (queue.length === 0) {
    // Only an empty queue needs the next future review, for "come back at …".
    const nextReview = await db.cardState.findFirst({ where: { ...active, state: State.Review, due: { gte: day.end } }, orderBy: { due: "asc" }, select: queueSelect });
    if (nextReview) ({ queue, counts, nextDueAt } = buildQueue({ cards: [...learning, ...reviews, ...fresh, nextReview].map(toQueueCard), now, settings, doneToday }));
  }
  const reviewedToday = [...doneByState.values()].reduce((a, b) => a + b, 0);
  const first = (preferStateId && queue.find((q) => q.id === preferStateId)) || queue[0];
  if (!first) {
    // Only an empty queue needs to know whether the deck itself is empty.
    const totalCards = await db.cardState.count({ where: { userId, card: { retiredAt: null } } });
    return { card: null, counts, nextDueAt: nextDueAt?.toISOString() ?? null, reviewedToday, totalCards };
  }

  const row = await db.cardState.findUniqueOrThrow({
    where: { id: first.id },
    include: {
      card: { include: { article: { select: { id: true, title: true } }, overrides: { where: { userId } } } },
    },
  });
  const wording = applyOverride(row.card, row.card.overrides[0]);
  const preview = previewCard(toFsrsCard(row), now, settings, row.id);
  return {
    card: {
      stateId: row.id,
      cardId: row.cardId,
      version: row.version,
      kind: first.kind,
      cardKind: row.card.kind,
      prompt: wording.prompt,
      answer: wording.answer,
      sourceSentence: row.card.sourceSentence,
      articleId: row.card.article.id,
      articleTitle: row.card.article.title,
      suspended: row.suspended,
      intervals: [preview[0].label, preview[1].label, preview[2].label, preview[3].label],
    },
    counts,
    nextDueAt: null,
    reviewedToday,
    totalCards: null,
  };
}
