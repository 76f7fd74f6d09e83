import "server-only";

import { db } from "@/server/db";

/** How many cards the reader has, by FSRS state (0 New, 1 Learning, 2 Review, 3 Relearning). */
export async function countQueue(userId: string): Promise<{ total: number; byState: Record<number, number> }> {
  const groups = await db.cardState.groupBy({ by: ["state"], where: { userId }, _count: { _all: true } });
  const byState: Record<number, number> = {};
  let total = 0;
  for (const g of groups) {
    byState[g.state] = g._count._all;
    total += g._count._all;
  }
  return { total, byState };
}
