import { FitWeightsButton } from "@/components/settings/fit-weights-button";
import { RefreshWhileRunning } from "@/components/settings/refresh-while-running";
import { MIN_FIT_ITEMS } from "@/lib/optimizer/min-fit-items";
import type { TModelScore } from "@/lib/optimizer/types";
import type { TFsrsFitStatus } from "@/server/queries/get-fsrs-fit-status";

const fmt = (x: number) => x.toFixed(4);

function Scores({ current, fitted, adopted }: { current: TModelScore; fitted: TModelScore; adopted: boolean }) {
  return (
    <table className="w-full max-w-md text-left text-sm">
      <caption className="mb-1 text-left text-stone-600 dark:text-stone-400">
        How well each set of weights predicted your latest reviews, which the fit did not see (lower is better)
      </caption>
      <thead>
        <tr>
          <th scope="col" className="py-1 pr-4 font-medium">Measure</th>
          <th scope="col" className="py-1 pr-4 font-medium">Weights in use before</th>
          <th scope="col" className="py-1 font-medium">Fitted{adopted ? " (adopted)" : ""}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row" className="py-1 pr-4 font-normal">Log loss</th>
          <td className="py-1 pr-4 tabular-nums">{fmt(current.logLoss)}</td>
          <td className="py-1 tabular-nums">{fmt(fitted.logLoss)}</td>
        </tr>
        <tr>
          <th scope="row" className="py-1 pr-4 font-normal">RMSE (bins)</th>
          <td className="py-1 pr-4 tabular-nums">{fmt(current.rmseBins)}</td>
          <td className="py-1 tabular-nums">{fmt(fitted.rmseBins)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** The reader's personal FSRS fit on the settings page: progress, the last result, and what happens next. */
export function PersonalFsrsPanel({ status, timeZone }: { status: TFsrsFitStatus; timeZone: string }) {
  const date = (d: Date) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(d);
  const { last, decision } = status;
  return (
    <section aria-labelledby="personal-fsrs" className="space-y-4">
      <h2 id="personal-fsrs" className="text-lg font-semibold">
        Your memory model
      </h2>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        FSRS predicts when you will forget a card. Its weights are fitted to your own reviews by themselves: first once you have{" "}
        {MIN_FIT_ITEMS} reviews of cards seen on an earlier day, then whenever your reviews have grown by half, or after 30 days with new
        ones. New weights are adopted only when they predict your latest reviews better than the ones in use.
      </p>
      {status.running ? (
        <div className="space-y-1">
          <RefreshWhileRunning />
          <label htmlFor="fit-progress" className="text-sm font-medium">
            Fitting your weights… {Math.round(status.progress * 100)} %
          </label>
          <progress id="fit-progress" className="block w-full max-w-md" max={1} value={status.progress} />
        </div>
      ) : null}
      {decision.reason === "too-few" ? (
        <p className="text-sm font-medium">Needs {decision.reviewsNeeded} more {decision.reviewsNeeded === 1 ? "review" : "reviews"} before a fit; until then FSRS&apos;s weights stay as they are.</p>
      ) : null}
      {last ? (
        <div className="space-y-2 text-sm">
          <p>
            Last fit: <time dateTime={last.attemptedAt.toISOString()}>{date(last.attemptedAt)}</time>, from {last.itemCount} reviews.
            {last.adopted ? " The fitted weights were adopted." : ""}
          </p>
          {last.current && last.fitted ? <Scores current={last.current} fitted={last.fitted} adopted={last.adopted} /> : null}
          {last.message ? <p>{last.message}</p> : null}
        </div>
      ) : (
        <p className="text-sm">No fit yet.</p>
      )}
      {status.adoptedAt && !last?.adopted ? (
        <p className="text-sm">
          Weights in use were fitted on <time dateTime={status.adoptedAt.toISOString()}>{date(status.adoptedAt)}</time>.
        </p>
      ) : null}
      <FitWeightsButton running={status.running} />
    </section>
  );
}
