/**
 * After a load run: every card state of the bench's readers against the replay of its review log
 * (lib/scheduling/replay-review-log: the app's own gradeCard, with each reader's settings and the state's
 * id as fuzz seed), and the idempotency keys of every stored log, for the grade ledger.
 */
import type { Grade } from "ts-fsrs";
import { diffCards, replayReviewLog, type TReplayEntry } from "../../lib/scheduling/replay-review-log";
import type { Db } from "../../server/db";
import { toFsrsCard } from "../../server/mappers/card-state";
import { toUserSettings } from "../../server/mappers/user-settings";

export type CardStateCheck = { states: number; inconsistent: number; examples: string[]; storedKeys: (string | null)[] };

export async function checkCardStates(db: Db, userIds: string[]): Promise<CardStateCheck> {
  const where = { userId: { in: userIds } };
  const [settingsRows, states, logs] = await Promise.all([
    db.userSettings.findMany({ where }),
    db.cardState.findMany({ where }),
    db.reviewLog.findMany({ where, orderBy: [{ review: "asc" }, { createdAt: "asc" }], select: { cardStateId: true, rating: true, review: true, due: true, durationMs: true, idempotencyKey: true } }),
  ]);
  const settings = new Map(settingsRows.map((s) => [s.userId, toUserSettings(s)]));
  const byState = new Map<string, TReplayEntry[]>();
  for (const l of logs) {
    const list = byState.get(l.cardStateId) ?? [];
    list.push({ rating: l.rating as Grade, review: l.review, due: l.due, durationMs: l.durationMs });
    byState.set(l.cardStateId, list);
  }
  let inconsistent = 0;
  const examples: string[] = [];
  for (const s of states) {
    let diff: string[];
    try {
      diff = diffCards(toFsrsCard(s), replayReviewLog(byState.get(s.id) ?? [], settings.get(s.userId)!, s.id, s.createdAt));
    } catch (e) {
      diff = [`replay failed: ${e instanceof Error ? e.message : String(e)}`];
    }
    if (diff.length === 0) continue;
    inconsistent++;
    if (examples.length < 5) examples.push(`card state ${s.id} (${byState.get(s.id)?.length ?? 0} logs): ${diff.join(", ")}`);
  }
  return { states: states.length, inconsistent, examples, storedKeys: logs.map((l) => l.idempotencyKey) };
}
