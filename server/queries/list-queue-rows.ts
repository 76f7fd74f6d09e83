import "server-only";

import { siblingKeyOf } from "@/lib/scheduling";
import { db } from "@/server/db";
import { currentDialect } from "@/server/queries/progress/day-number-sql";

/** What buildQueue needs of one of the reader's card states, with its card's sentence (its siblings). */
export type TQueueRow = { id: string; state: number; due: Date; buriedUntil: Date | null; siblingKey: string };

export type TQueueRows = {
  /** Every active learning and relearning card. */
  learning: TQueueRow[];
  /** The first `reviewsTake` active reviews due before `dayEnd`, by due date. */
  reviews: TQueueRow[];
  /** The first `newTake` active new cards, by the card's rank, then when the state was made. */
  fresh: TQueueRow[];
  /** Every answer given since `dayStart` (ratings 1–4): the state it was given in and the card's sentence. */
  answered: { state: number; siblingKey: string }[];
};

type TRawRow = {
  part: number | bigint;
  id: string;
  state: number | bigint;
  due: Date | string | null;
  buriedUntil: Date | string | null;
  rank: number | bigint;
  createdAt: Date | string | null;
  articleId: string;
  sourceStart: number | bigint;
};

const asDate = (v: Date | string | null) => (v === null ? null : v instanceof Date ? v : new Date(v));

/**
 * The reader's study queue as buildQueue reads it, in one statement on either database: active (not
 * suspended, not buried at `now`, card not retired) learning cards, the first due reviews and new cards,
 * each with only the fields the queue needs and its card's article and source sentence; and today's
 * answers with theirs. Below the ORM because the study page's fetch is the app's most frequent read:
 * through Prisma it took four queries of whole rows, each with a second statement for the sentence (Prisma
 * loads relations separately), and the page's fetch became slower than before siblings; this one statement
 * makes it faster than before. The caller reads the whole rows of the cards it sends, for those only.
 */
export async function listQueueRows(
  userId: string,
  at: { now: Date; dayStart: Date; dayEnd: Date },
  take: { reviews: number; fresh: number },
): Promise<TQueueRows> {
  const postgres = currentDialect() === "postgres";
  const args: unknown[] = [];
  const arg = (value: unknown) => {
    args.push(value);
    return postgres ? `$${args.length}` : "?";
  };
  const active = () =>
    `FROM "CardState" s JOIN "Card" c ON c."id" = s."cardId" AND c."retiredAt" IS NULL
      WHERE s."userId" = ${arg(userId)} AND s."suspended" = ${postgres ? "false" : "0"}
        AND (s."buriedUntil" IS NULL OR s."buriedUntil" <= ${arg(at.now)})`;
  const columns = `s."id", s."state", s."due", s."buriedUntil", c."rank", s."createdAt", c."articleId", c."sourceStart"`;
  const raw = await db.$queryRawUnsafe<TRawRow[]>(
    `SELECT * FROM (SELECT 0 AS "part", ${columns} ${active()} AND s."state" IN (1, 3)) AS l
     UNION ALL
     SELECT * FROM (SELECT 1 AS "part", ${columns} ${active()} AND s."state" = 2 AND s."due" < ${arg(at.dayEnd)}
                     ORDER BY s."due" LIMIT ${arg(take.reviews)}) AS r
     UNION ALL
     SELECT * FROM (SELECT 2 AS "part", ${columns} ${active()} AND s."state" = 0
                     ORDER BY c."rank", s."createdAt" LIMIT ${arg(take.fresh)}) AS n
     UNION ALL
     SELECT 3, g."cardId", g."state", NULL, NULL, 0, NULL, c."articleId", c."sourceStart"
       FROM "ReviewLog" g JOIN "Card" c ON c."id" = g."cardId"
      WHERE g."userId" = ${arg(userId)} AND g."review" >= ${arg(at.dayStart)} AND g."rating" >= 1`,
    ...args,
  );
  const out: TQueueRows = { learning: [], reviews: [], fresh: [], answered: [] };
  const freshOrder: { row: TQueueRow; rank: number; createdAt: number }[] = [];
  for (const r of raw) {
    const siblingKey = siblingKeyOf(r.articleId, Number(r.sourceStart));
    const part = Number(r.part);
    if (part === 3) {
      out.answered.push({ state: Number(r.state), siblingKey });
      continue;
    }
    const row = { id: r.id, state: Number(r.state), due: asDate(r.due)!, buriedUntil: asDate(r.buriedUntil), siblingKey };
    if (part === 0) out.learning.push(row);
    else if (part === 1) out.reviews.push(row);
    else freshOrder.push({ row, rank: Number(r.rank), createdAt: asDate(r.createdAt)!.getTime() });
  }
  // A union keeps no order: new cards are put back in the order they were chosen in (reviews are
  // ordered by buildQueue itself).
  freshOrder.sort((a, b) => a.rank - b.rank || a.createdAt - b.createdAt || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0));
  out.fresh = freshOrder.map((f) => f.row);
  return out;
}
