import "server-only";

import { FitError, fitPersonalWeights, type TFitResult } from "@/lib/optimizer/fit-personal-weights";
import { MIN_FIT_ITEMS } from "@/lib/optimizer/min-fit-items";
import { toOptimizerItems } from "@/lib/optimizer/to-optimizer-items";
import { parseSteps } from "@/lib/scheduling/parse-steps";
import { db } from "@/server/db";
import { toUserSettings } from "@/server/mappers/user-settings";
import { getUserSettings } from "@/server/queries/get-user-settings";
import { FIT_TIME_LIMIT_MS } from "@/server/services/claim-fsrs-fit";

export type TFitOutcome = "adopted" | "kept" | "too-few" | "failed";

const PROGRESS_WRITE_MS = 400;
const sameWeights = (a: readonly number[] | null, b: readonly number[] | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Runs a claimed fit (see claimFsrsFit) for one reader and releases the lock whatever happens: reads their
 * review log, converts it to optimizer items in their time zone and day start, fits and scores (writing the
 * progress as it goes), and adopts the fitted weights only when they beat the ones in use on the held-out
 * reviews and the reader has not changed their weights meanwhile. Too few reviews, a failure, a timeout or
 * weights that are not better change nothing but the fit's own record.
 */
export async function runFsrsFit(userId: string, now: Date): Promise<TFitOutcome> {
  const record = (data: Parameters<typeof db.fsrsFit.update>[0]["data"]) =>
    db.fsrsFit.update({ where: { userId }, data: { status: "idle", progress: 0, attemptedAt: now, ...data } });
  let reviewCount = 0;
  try {
    const settings = await getUserSettings(userId);
    const logs = await db.reviewLog.findMany({
      where: { userId },
      select: { cardId: true, review: true, rating: true, state: true },
      orderBy: { review: "asc" },
    });
    reviewCount = logs.filter((l) => l.rating >= 1 && l.rating <= 4).length;
    const items = toOptimizerItems(logs, settings.timeZone, settings.dayStartHour);
    const relearning = parseSteps(settings.relearningSteps);
    let lastWrite = 0;
    const result: TFitResult = await fitPersonalWeights(items, {
      currentWeights: settings.fsrsWeights,
      numRelearningSteps: relearning.success ? relearning.steps.length : 1,
      timeLimitMs: FIT_TIME_LIMIT_MS,
      onProgress: (done) => {
        if (performance.now() - lastWrite < PROGRESS_WRITE_MS) return;
        lastWrite = performance.now();
        db.fsrsFit.updateMany({ where: { userId, status: "running" }, data: { progress: done } }).catch(() => undefined);
      },
    });
    if (result.kind === "too-few") {
      await record({
        reviewCount,
        outcome: "too-few",
        itemCount: result.items,
        itemsNeeded: result.needed,
        adopted: false,
        logLossCurrent: null,
        logLossFitted: null,
        rmseCurrent: null,
        rmseFitted: null,
        message: `Your weights stay as they are: a fit needs ${MIN_FIT_ITEMS} reviews of cards you had already seen on an earlier day, and you have ${result.items}.`,
      });
      return "too-few";
    }
    const figures = {
      reviewCount,
      outcome: "fitted",
      itemCount: result.items,
      itemsNeeded: 0,
      logLossCurrent: result.current.logLoss,
      logLossFitted: result.fitted.logLoss,
      rmseCurrent: result.current.rmseBins,
      rmseFitted: result.fitted.rmseBins,
    };
    if (!result.better) {
      await record({ ...figures, adopted: false, message: "The fitted weights did not predict your latest reviews better than the ones in use, so those stay." });
      return "kept";
    }
    return await db.$transaction(async (tx) => {
      // Weights typed in settings during the fit were not the ones compared: keep them.
      const row = await tx.userSettings.findUnique({ where: { userId } });
      if (!sameWeights(toUserSettings(row).fsrsWeights, settings.fsrsWeights)) {
        await tx.fsrsFit.update({
          where: { userId },
          data: { status: "idle", progress: 0, attemptedAt: now, ...figures, adopted: false, message: "Your weights changed in settings during the fit, so the fitted ones were not adopted." },
        });
        return "kept" as const;
      }
      await tx.userSettings.upsert({ where: { userId }, create: { userId, fsrsWeights: result.weights }, update: { fsrsWeights: result.weights } });
      await tx.fsrsFit.update({ where: { userId }, data: { status: "idle", progress: 0, attemptedAt: now, ...figures, adopted: true, adoptedAt: now, message: null } });
      return "adopted" as const;
    });
  } catch (error) {
    if (!(error instanceof FitError)) console.error(error);
    const reason = error instanceof FitError ? error.message : "The fit failed on our side";
    await record({ reviewCount, outcome: "failed", adopted: false, itemsNeeded: 0, message: `${reason}; your weights did not change.` }).catch((e: unknown) => console.error(e));
    return "failed";
  }
}
