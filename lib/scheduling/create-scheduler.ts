import { fsrs, GenSeedStrategyWithCardId, StrategyMode, type FSRS } from "ts-fsrs";
import type { TUserSettings } from "../validations/settings";
import { SEED_CARD_ID_FIELD } from "./attach-seed-card-id";
import { parseSteps } from "./parse-steps";
import { SchedulingError, SchedulingErrorCode } from "./scheduling-error";

/** The settings that change how a card is scheduled (limits and the day boundary do not). */
export type TSchedulerSettings = Pick<
  TUserSettings,
  "desiredRetention" | "maximumInterval" | "enableFuzz" | "learningSteps" | "relearningSteps" | "fsrsWeights"
>;

/**
 * Builds the ts-fsrs scheduler for one user's settings. Fuzz is seeded from the card id and the
 * review count (never from the clock), so the interval previewed on a button is the interval saved
 * when that grade is submitted moments later.
 *
 * @example
 * const f = createScheduler(DEFAULT_SETTINGS);
 * f.parameters.request_retention; // 0.9
 */
export function createScheduler(settings: TSchedulerSettings): FSRS {
  const learning = parseSteps(settings.learningSteps);
  const relearning = parseSteps(settings.relearningSteps);
  if (!learning.success) {
    throw new SchedulingError(SchedulingErrorCode.INVALID_SETTINGS, `Learning steps: ${learning.error}`);
  }
  if (!relearning.success) {
    throw new SchedulingError(SchedulingErrorCode.INVALID_SETTINGS, `Relearning steps: ${relearning.error}`);
  }
  return fsrs({
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maximumInterval,
    enable_fuzz: settings.enableFuzz,
    enable_short_term: true,
    learning_steps: learning.steps,
    relearning_steps: relearning.steps,
    ...(settings.fsrsWeights ? { w: settings.fsrsWeights } : {}),
  }).useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId(SEED_CARD_ID_FIELD));
}
