import "server-only";

import { claimFsrsFit } from "@/server/services/claim-fsrs-fit";
import { runFsrsFit } from "@/server/services/run-fsrs-fit";

/** Runs work after the response is sent (Next's `after`), or at once in tests and scripts. */
export type TSchedule = (task: () => Promise<unknown>) => void;

/**
 * Starts a fit of the reader's weights off the request path: takes the lock, then hands the run to
 * `schedule`. Refused (false) while a fit of theirs is running, which the settings page then shows.
 */
export async function startFsrsFit(userId: string, now: Date, schedule: TSchedule): Promise<boolean> {
  if (!(await claimFsrsFit(userId, now))) return false;
  schedule(() => runFsrsFit(userId, now));
  return true;
}
