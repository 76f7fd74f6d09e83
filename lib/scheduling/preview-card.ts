import { Grades, type Card, type Grade, type ReviewLog } from "ts-fsrs";
import { assertReviewableAt } from "./assert-reviewable-at";
import { attachSeedCardId } from "./attach-seed-card-id";
import { createScheduler, type TSchedulerSettings } from "./create-scheduler";
import { formatInterval } from "./format-interval";
import { toPlainCard } from "./to-plain-card";

export type TPreviewOption = {
  grade: Grade;
  /** The card as it will be saved if this grade is submitted (same card, same `cardId`). */
  card: Card;
  log: ReviewLog;
  due: Date;
  /** `due - now` in milliseconds. */
  intervalMs: number;
  /** Button label as Anki shows it: "<1m", "10m", "1d", "2.1mo", "1.2y". */
  label: string;
};

/** One option per grade, in button order: Again, Hard, Good, Easy. */
export type TCardPreview = readonly [TPreviewOption, TPreviewOption, TPreviewOption, TPreviewOption];

/**
 * What each answer button would do to `card` if pressed at `now`. Uses the same seeded scheduler as
 * `gradeCard`, so for the same card, settings and `cardId`, the option for a grade equals what
 * `gradeCard` saves; fuzz depends on `cardId` and the card's review count, not on the clock.
 *
 * @example
 * const [again, hard, good, easy] = previewCard(createEmptyCard(now), now, DEFAULT_SETTINGS, "card-1");
 * again.label; // "1m"
 * good.label;  // "10m"
 */
export function previewCard(card: Card, now: Date, settings: TSchedulerSettings, cardId: string): TCardPreview {
  assertReviewableAt(card, now);
  const scheduler = createScheduler(settings);
  const record = scheduler.repeat(attachSeedCardId(card, cardId), now);
  const options = Grades.map((grade): TPreviewOption => {
    const item = record[grade];
    const intervalMs = item.card.due.getTime() - now.getTime();
    return {
      grade,
      card: toPlainCard(item.card),
      log: item.log,
      due: item.card.due,
      intervalMs,
      label: formatInterval(intervalMs),
    };
  });
  return options as unknown as TCardPreview;
}
