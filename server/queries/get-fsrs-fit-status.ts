import "server-only";

import { decideRefit, type TLastFit, type TRefitDecision } from "@/lib/optimizer/decide-refit";
import type { TModelScore } from "@/lib/optimizer/types";
import { db } from "@/server/db";
import { FIT_STALE_MS } from "@/server/services/claim-fsrs-fit";

export type TFsrsFitStatus = {
  running: boolean;
  /** Share done (0–1) of the running fit. */
  progress: number;
  /** The reader's graded reviews now. */
  reviewCount: number;
  decision: TRefitDecision;
  last: {
    attemptedAt: Date;
    outcome: TLastFit["outcome"];
    itemCount: number;
    itemsNeeded: number;
    /** Held-out scores of the weights in use and of the fitted ones, when the attempt got that far. */
    current: TModelScore | null;
    fitted: TModelScore | null;
    adopted: boolean;
    message: string | null;
  } | null;
  adoptedAt: Date | null;
};

const OUTCOMES = new Set(["fitted", "too-few", "failed"]);
const score = (logLoss: number | null, rmseBins: number | null): TModelScore | null =>
  logLoss === null || rmseBins === null ? null : { logLoss, rmseBins };

/** The reader's fit: whether one runs and how far, what the last attempt found, and whether a new one is due. */
export async function getFsrsFitStatus(userId: string, now: Date): Promise<TFsrsFitStatus> {
  const [row, reviewCount] = await Promise.all([
    db.fsrsFit.findUnique({ where: { userId } }),
    db.reviewLog.count({ where: { userId, rating: { gte: 1, lte: 4 } } }),
  ]);
  const running = row?.status === "running" && row.startedAt !== null && now.getTime() - row.startedAt.getTime() < FIT_STALE_MS;
  const last =
    row?.attemptedAt && row.outcome && OUTCOMES.has(row.outcome)
      ? {
          attemptedAt: row.attemptedAt,
          outcome: row.outcome as TLastFit["outcome"],
          itemCount: row.itemCount,
          itemsNeeded: row.itemsNeeded,
          current: score(row.logLossCurrent, row.rmseCurrent),
          fitted: score(row.logLossFitted, row.rmseFitted),
          adopted: row.adopted,
          message: row.message,
        }
      : null;
  const lastFit: TLastFit | null = last && row ? { attemptedAt: last.attemptedAt, reviewCount: row.reviewCount, outcome: last.outcome, itemsNeeded: last.itemsNeeded } : null;
  return {
    running,
    progress: running ? (row?.progress ?? 0) : 0,
    reviewCount,
    decision: decideRefit({ reviewCount, lastFit, now }),
    last,
    adoptedAt: row?.adoptedAt ?? null,
  };
}
