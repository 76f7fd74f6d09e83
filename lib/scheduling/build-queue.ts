import { State } from "ts-fsrs";
import type { TUserSettings } from "../validations/settings";
import { assertValidDate } from "./assert-valid-date";
import { getStudyDay, type TStudyDay } from "./get-study-day";

/** Anki's default learn-ahead limit: learning cards due this soon may be shown when nothing else is left. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export type TQueueCard = {
  id: string;
  state: State;
  due: Date;
  suspended: boolean;
  /** Hidden until this instant (see getBuryUntil); null or past means not buried. */
  buriedUntil: Date | null;
  /** Order of new cards (e.g. article rank, then card position); lower comes first. */
  rank: number;
  /**
   * Cards with the same key are siblings (made from the same source sentence of the same article, see
   * siblingKeyOf): never shown on the same study day. Null: the card has no siblings.
   */
  siblingKey: string | null;
};

export type TQueueKind = "learning" | "review" | "new";

export type TQueueEntry = { id: string; kind: TQueueKind; due: Date };

export type TBuildQueueInput = {
  cards: readonly TQueueCard[];
  now: Date;
  settings: Pick<TUserSettings, "newPerDay" | "reviewsPerDay" | "timeZone" | "dayStartHour">;
  /** Answers already given in the current study day (count them with summarizeSession on today's logs). */
  doneToday: {
    /** New cards introduced (first answers of State.New cards). */
    newCards: number;
    /** Reviews answered (answers of State.Review cards). */
    reviews: number;
    /** Sibling keys of the cards answered (their new and review siblings wait for the next study day). */
    siblingKeys?: ReadonlySet<string>;
  };
  /** Defaults to LEARN_AHEAD_MS. */
  learnAheadMs?: number;
};

export type TBuildQueueResult = {
  /** In study order. */
  queue: TQueueEntry[];
  /** For the header: how many of each kind the queue holds. */
  counts: Record<TQueueKind, number>;
  /**
   * How many more reviews and new cards the day's limits would take than the queue holds: more than 0
   * when the cards given ran out first (e.g. siblings were left out), so a caller that gave only the first
   * due reviews or new cards should give more.
   */
  room: Record<"review" | "new", number>;
  /**
   * Only when the queue is empty: the earliest instant at which buildQueue would return a non-empty
   * queue if nothing else changed (a learning card entering the learn-ahead window, the next study
   * day when limits reset or siblings answered today no longer hold cards back, a future review's study
   * day, a burial ending). Null when the queue is not empty or nothing will ever be due (everything
   * suspended, or limits of 0).
   */
  nextDueAt: Date | null;
  studyDay: TStudyDay;
};

const byDue = (a: TQueueCard, b: TQueueCard) =>
  a.due.getTime() - b.due.getTime() || a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byRank = (a: TQueueCard, b: TQueueCard) =>
  a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const isLearning = (card: TQueueCard) => card.state === State.Learning || card.state === State.Relearning;

/**
 * The sibling key of a card: cards made from the same source sentence (same start offset) of the same
 * article share it.
 *
 * @example
 * siblingKeyOf("article-1", 120); // "article-1:120"
 */
export const siblingKeyOf = (articleId: string, sourceStart: number): string => `${articleId}:${sourceStart}`;

/**
 * Takes cards in order up to `limit`, skipping those whose sibling group is busy today or already has a
 * card taken (which it then records in `taken`).
 */
function takeOnePerGroup(cards: readonly TQueueCard[], limit: number, busy: ReadonlySet<string>, taken: Set<string>): TQueueCard[] {
  const out: TQueueCard[] = [];
  for (const card of cards) {
    if (out.length >= limit) break;
    const key = card.siblingKey;
    if (key !== null) {
      if (busy.has(key) || taken.has(key)) continue;
      taken.add(key);
    }
    out.push(card);
  }
  return out;
}

/**
 * Builds today's study queue as Anki's v3 scheduler orders it: learning and relearning cards due now
 * (by due), then reviews due before the study day ends (by due), then new cards (by rank), then
 * learning cards due within the learn-ahead limit. Reviews and new cards share the remaining review
 * limit (reviewsPerDay − reviews done − new cards done, as Anki v3 lets the review limit cap new
 * cards); new cards also stop at the remaining new limit. Learning cards are never limited.
 * Suspended cards and cards buried until after `now` are left out.
 *
 * Siblings (same `siblingKey`) are never shown on the same study day, as Anki buries them: while a card of
 * a group is in (re)learning or was answered today (`doneToday.siblingKeys`), its new and review siblings
 * are left out; of the others, only the first in queue order is taken. The rest stay due and come on a
 * later day. Learning cards are never left out.
 *
 * @example
 * const { queue, counts } = buildQueue({ cards, now, settings, doneToday: { newCards: 0, reviews: 0 } });
 * counts; // { learning: 1, review: 12, new: 20 }
 */
export function buildQueue(input: TBuildQueueInput): TBuildQueueResult {
  const { cards, now, settings, doneToday } = input;
  assertValidDate(now, "now");
  const learnAheadMs = input.learnAheadMs ?? LEARN_AHEAD_MS;
  const studyDay = getStudyDay(now, settings.timeZone, settings.dayStartHour);
  const nowMs = now.getTime();

  const available = cards.filter(
    (card) => !card.suspended && !(card.buriedUntil && card.buriedUntil.getTime() > nowMs),
  );

  const learningNow = available.filter((c) => isLearning(c) && c.due.getTime() <= nowMs).sort(byDue);
  const learningAhead = available
    .filter((c) => isLearning(c) && c.due.getTime() > nowMs && c.due.getTime() <= nowMs + learnAheadMs)
    .sort(byDue);
  const dueReviews = available
    .filter((c) => c.state === State.Review && c.due.getTime() < studyDay.end.getTime())
    .sort(byDue);
  const newCards = available.filter((c) => c.state === State.New).sort(byRank);

  // Groups whose new and review cards wait for the next study day: answered today, or being learnt.
  const learningKeys = new Set<string>();
  for (const c of available) if (isLearning(c) && c.siblingKey !== null) learningKeys.add(c.siblingKey);
  const busy = doneToday.siblingKeys?.size ? new Set([...doneToday.siblingKeys, ...learningKeys]) : learningKeys;
  const taken = new Set<string>();

  let reviewLimitLeft = Math.max(0, settings.reviewsPerDay - doneToday.reviews - doneToday.newCards);
  const reviews = takeOnePerGroup(dueReviews, reviewLimitLeft, busy, taken);
  reviewLimitLeft -= reviews.length;
  const newLimitLeft = Math.max(0, Math.min(settings.newPerDay - doneToday.newCards, reviewLimitLeft));
  const fresh = takeOnePerGroup(newCards, newLimitLeft, busy, taken);

  const entry = (kind: TQueueKind) => (card: TQueueCard): TQueueEntry => ({ id: card.id, kind, due: card.due });
  const queue = [
    ...learningNow.map(entry("learning")),
    ...reviews.map(entry("review")),
    ...fresh.map(entry("new")),
    ...learningAhead.map(entry("learning")),
  ];
  const counts = {
    learning: learningNow.length + learningAhead.length,
    review: reviews.length,
    new: fresh.length,
  };

  let nextDueAt: Date | null = null;
  if (queue.length === 0) {
    const endMs = studyDay.end.getTime();
    let earliest = Infinity;
    // Reviews due on a later study day become available when that day starts. The start is monotonic in
    // `due`, so the earliest such review (ignoring burials, handled below) is all that needs a zone lookup.
    let earliestFutureReviewMs = Infinity;
    for (const card of cards) {
      if (card.suspended) continue;
      // Waiting for a sibling being learnt: that sibling's own time comes first (and counts below).
      if (!isLearning(card) && card.siblingKey !== null && learningKeys.has(card.siblingKey)) continue;
      let at: number;
      if (isLearning(card)) {
        at = card.due.getTime() - learnAheadMs;
      } else if (card.state === State.Review) {
        if (settings.reviewsPerDay <= 0) continue;
        const dueMs = card.due.getTime();
        if (dueMs >= endMs && !card.buriedUntil) {
          earliestFutureReviewMs = Math.min(earliestFutureReviewMs, dueMs);
          continue;
        }
        at = dueMs < endMs ? endMs : getStudyDay(card.due, settings.timeZone, settings.dayStartHour).start.getTime();
      } else {
        if (settings.newPerDay <= 0 || settings.reviewsPerDay <= 0) continue;
        at = endMs;
      }
      if (card.buriedUntil) at = Math.max(at, card.buriedUntil.getTime());
      // An item available now but not in the queue was held back by a limit, or by a sibling answered
      // today: it comes with the next day.
      if (at <= nowMs) at = isLearning(card) ? nowMs : endMs;
      earliest = Math.min(earliest, at);
    }
    if (Number.isFinite(earliestFutureReviewMs) && earliestFutureReviewMs < earliest) {
      const dayStart = getStudyDay(new Date(earliestFutureReviewMs), settings.timeZone, settings.dayStartHour).start;
      earliest = Math.min(earliest, dayStart.getTime());
    }
    nextDueAt = Number.isFinite(earliest) ? new Date(earliest) : null;
  }

  const room = { review: reviewLimitLeft, new: newLimitLeft - fresh.length };
  return { queue, counts, room, nextDueAt, studyDay };
}
