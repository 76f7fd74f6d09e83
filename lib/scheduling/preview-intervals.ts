import type { Card } from "ts-fsrs";
import type { TSchedulerSettings } from "./create-scheduler";
import { previewCard } from "./preview-card";

/** The four answer buttons' labels, Again to Easy (see previewCard). */
export type TIntervalLabels = [string, string, string, string];

/**
 * What the answer buttons read for `card` at `now`: previewCard's labels, Again to Easy.
 *
 * @example
 * previewIntervals(createEmptyCard(now), now, DEFAULT_SETTINGS, "card-1"); // ["1m", "6m", "10m", "1d"]
 */
export function previewIntervals(card: Card, now: Date, settings: TSchedulerSettings, cardId: string): TIntervalLabels {
  const [again, hard, good, easy] = previewCard(card, now, settings, cardId);
  return [again.label, hard.label, good.label, easy.label];
}
