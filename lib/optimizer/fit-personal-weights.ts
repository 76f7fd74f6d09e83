import {
  computeParameters,
  FSRSBinding,
  FSRSBindingItem,
  FSRSBindingReview,
} from "@open-spaced-repetition/binding";
import { clipParameters, migrateParameters } from "ts-fsrs";
import { MIN_FIT_ITEMS } from "./min-fit-items";
import type { TModelScore, TOptimizerItem } from "./types";

export type TFitOptions = {
  /** The weights in use now (17, 19 or 21 numbers), or null for FSRS's defaults. */
  currentWeights: readonly number[] | null;
  /** Relearning steps of the reader's settings (the optimizer bounds short-term weights by them). */
  numRelearningSteps?: number;
  /** Share of the latest items held out of the first fit to compare the two sets of weights. */
  holdoutShare?: number;
  /** The fit is abandoned (an error) once it has run this long, in ms. */
  timeLimitMs?: number;
  /** Called with the share done, 0–1, as the optimizer reports progress. */
  onProgress?: (done: number) => void;
};

export type TFitResult =
  | { kind: "too-few"; items: number; needed: number }
  | {
      kind: "fitted";
      items: number;
      heldOut: number;
      /** The current weights' score on the held-out items. */
      current: TModelScore;
      /** The score on the held-out items of weights fitted on the items before them. */
      fitted: TModelScore;
      /** Whether the fitted weights predict the held-out reviews better on both measures. */
      better: boolean;
      /** The weights to adopt when `better`: fitted again on every item (21 numbers). */
      weights: number[];
    };

export class FitError extends Error {}

const toBinding = (items: readonly TOptimizerItem[]) =>
  items.map((item) => new FSRSBindingItem(item.reviews.map((r) => new FSRSBindingReview(r.rating, r.deltaT))));

const round = (w: number[]) => w.map((x) => Math.round(x * 1e6) / 1e6);

/** Log loss and RMSE (bins) of weights on items, by the optimizer's own evaluation. */
export function scoreWeights(weights: readonly number[] | null, items: readonly TOptimizerItem[]): TModelScore {
  const model = new FSRSBinding(migrateParameters(weights ? [...weights] : undefined));
  const { logLoss, rmseBins } = model.evaluate(toBinding(items));
  return { logLoss, rmseBins };
}

async function runOptimizer(items: FSRSBindingItem[], options: TFitOptions, started: number, part: [number, number]): Promise<number[]> {
  const limit = options.timeLimitMs ?? 60_000;
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The optimizer runs on a native thread; past the limit we stop waiting (and ask it to stop at its next report).
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new FitError(`The fit took longer than ${Math.max(1, Math.round(limit / 1000))} s and was abandoned`));
    }, Math.max(0, limit - (performance.now() - started)));
  });
  const fit = computeParameters(items, {
    enableShortTerm: true,
    numRelearningSteps: options.numRelearningSteps ?? 1,
    timeout: 100,
    progress: (current, total) => {
      if (total > 0 && !timedOut) options.onProgress?.(part[0] + (part[1] - part[0]) * Math.min(1, current / total));
      return !timedOut;
    },
  }).catch((error: unknown) => {
    throw new FitError(`The optimizer failed: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    const weights = await Promise.race([fit, deadline]);
    if (weights.length !== 21 || !weights.every(Number.isFinite)) throw new FitError("The optimizer returned unusable weights");
    // Within ts-fsrs's ranges (those the settings form checks), so what is scored is what will be scheduled with.
    return round(clipParameters(weights, options.numRelearningSteps ?? 1, true));
  } finally {
    clearTimeout(timer);
    fit.catch(() => undefined);
  }
}

/**
 * Fits FSRS-6 weights to a reader's items (from `toOptimizerItems`) with the FSRS optimizer and says whether
 * they beat the current ones, on a time-series split: weights fitted on the earlier items are scored on the
 * latest `holdoutShare` of them (reviews the fit never saw), next to the current weights on the same
 * reviews. Only when the fitted weights win on both log loss and RMSE (bins) is the optimizer run again on
 * every item, and those weights are the ones to adopt. Too few items: no fit, and how many are needed.
 *
 * @throws FitError when the optimizer fails, returns non-finite weights or runs past `timeLimitMs`.
 */
export async function fitPersonalWeights(items: readonly TOptimizerItem[], options: TFitOptions): Promise<TFitResult> {
  if (items.length < MIN_FIT_ITEMS) return { kind: "too-few", items: items.length, needed: MIN_FIT_ITEMS - items.length };
  const started = performance.now();
  const sorted = [...items].sort((a, b) => a.at - b.at);
  const cut = Math.floor(sorted.length * (1 - (options.holdoutShare ?? 0.2)));
  const train = sorted.slice(0, cut);
  const test = sorted.slice(cut);
  const candidate = await runOptimizer(toBinding(train), options, started, [0, 0.5]);
  const current = scoreWeights(options.currentWeights, test);
  const fitted = scoreWeights(candidate, test);
  const better = fitted.logLoss < current.logLoss && fitted.rmseBins <= current.rmseBins;
  const weights = better ? await runOptimizer(toBinding(sorted), options, started, [0.5, 1]) : candidate;
  options.onProgress?.(1);
  return { kind: "fitted", items: sorted.length, heldOut: test.length, current, fitted, better, weights };
}
