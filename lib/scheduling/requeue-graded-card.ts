import { State, type Card } from "ts-fsrs";
import type { TUserSettings } from "../validations/settings";
import type { TSchedulerSettings } from "./create-scheduler";
import { getStudyDay } from "./get-study-day";
import { previewIntervals, type TIntervalLabels } from "./preview-intervals";

/** A just-graded card coming back later the same study day, as the review page needs it. */
export type TRequeuedCard = {
  stateId: string;
  version: number;
  kind: "learning";
  due: Date;
  /** The four buttons' intervals as they will read when the card is due again. */
  intervals: TIntervalLabels;
};

/**
 * After a grade: whether the card returns to today's queue, and how. Learning and relearning cards due
 * before the study day ends come back (the page shows them once due, as buildQueue would); a card that
 * moved to review, or whose next step falls on a later study day, does not. The intervals are previewed
 * at the card's due time, when it will be shown.
 *
 * @example
 * requeueGradedCard("s1", 2, againCard, now, settings); // { kind: "learning", due: now + 1 min, intervals: ["1m", "6m", "10m", "1d"], … }
 */
export function requeueGradedCard(
  stateId: string,
  version: number,
  card: Card,
  now: Date,
  settings: TSchedulerSettings & Pick<TUserSettings, "timeZone" | "dayStartHour">,
): TRequeuedCard | null {
  if (card.state !== State.Learning && card.state !== State.Relearning) return null;
  if (card.due.getTime() >= getStudyDay(now, settings.timeZone, settings.dayStartHour).end.getTime()) return null;
  const at = card.due.getTime() > now.getTime() ? card.due : now;
  return { stateId, version, kind: "learning", due: card.due, intervals: previewIntervals(card, at, settings, stateId) };
}
