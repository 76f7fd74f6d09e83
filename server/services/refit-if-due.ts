import "server-only";

import { getFsrsFitStatus } from "@/server/queries/get-fsrs-fit-status";
import { startFsrsFit, type TSchedule } from "@/server/services/start-fsrs-fit";

/**
 * Fits the reader's weights by themselves when the refit rule says so (lib/optimizer/decide-refit): the
 * first time there are enough reviews, then when their reviews have grown by half or after 30 days with
 * new ones. Nothing happens while a fit runs. Returns whether a fit was started.
 */
export async function refitIfDue(userId: string, now: Date, schedule: TSchedule): Promise<boolean> {
  const status = await getFsrsFitStatus(userId, now);
  if (status.running || !status.decision.fit) return false;
  return startFsrsFit(userId, now, schedule);
}
