import { forgetting_curve, fsrs, State, type Card } from "ts-fsrs";
import type { TUserSettings } from "../validations/settings";

const DAY_MS = 86_400_000;

export type TRetrievabilityCurve = (card: Pick<Card, "state" | "stability" | "last_review">, now: Date) => number | null;

/**
 * ts-fsrs's forgetting curve with the user's weights, prepared once so it can be applied to many cards
 * (the progress page applies it to every studied card). Elapsed time is in fractional days since the last
 * review; never-reviewed cards give null.
 *
 * @example
 * const r = createRetrievabilityCurve(DEFAULT_SETTINGS);
 * r({ state: State.Review, stability: 10, last_review: now }, now) // 1
 */
export function createRetrievabilityCurve(settings?: Pick<TUserSettings, "fsrsWeights">): TRetrievabilityCurve {
  // fsrs() migrates 17/19-length weights and clips them exactly as scheduling does.
  const { w } = fsrs(settings?.fsrsWeights ? { w: settings.fsrsWeights } : {}).parameters;
  return (card, now) => {
    if (card.state === State.New || !card.last_review || !(card.stability > 0)) return null;
    const elapsedDays = Math.max(0, (now.getTime() - card.last_review.getTime()) / DAY_MS);
    return forgetting_curve(w, elapsedDays, card.stability);
  };
}
