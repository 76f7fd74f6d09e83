/**
 * `npm run bench:optimize`: the personal FSRS fit on synthetic learners. For 1,000, 100,000 and 10,000
 * reviews of a learner whose memory follows known non-default FSRS-6 weights, prints one JSON line: the
 * time of the whole fit (converting the log to optimizer items, fitting on the earlier 80 %, scoring both
 * sets of weights on the latest 20 %, fitting again on everything when the fit wins), and the held-out log
 * loss and RMSE (bins) of the default and the fitted weights. Figures only.
 */
import { fitPersonalWeights } from "../lib/optimizer/fit-personal-weights";
import { NON_DEFAULT_WEIGHTS, simulateLearner } from "../lib/optimizer/simulate-learner";
import { toOptimizerItems } from "../lib/optimizer/to-optimizer-items";

const NOW = new Date("2026-01-01T12:00:00Z");
const SIZES = (process.env.BENCH_SIZES ?? "1000,100000,10000").split(",").map(Number);
const round = (x: number) => Math.round(x * 10_000) / 10_000;

async function main() {
  for (const reviews of SIZES) {
    const logs = simulateLearner({ trueWeights: NON_DEFAULT_WEIGHTS, reviews, seed: 7, now: NOW });
    const started = performance.now();
    const items = toOptimizerItems(logs, "Europe/Berlin", 4);
    const result = await fitPersonalWeights(items, { currentWeights: null, timeLimitMs: 120_000 });
    const fitMs = Math.round(performance.now() - started);
    if (result.kind !== "fitted") throw new Error(`too few items for ${reviews} reviews`);
    console.log(
      JSON.stringify({
        reviews,
        fit_ms: fitMs,
        logloss_default: round(result.current.logLoss),
        logloss_fitted: round(result.fitted.logLoss),
        rmse_default: round(result.current.rmseBins),
        rmse_fitted: round(result.fitted.rmseBins),
      }),
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
