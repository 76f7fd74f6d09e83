import "server-only";

import { foldCardCounts, NO_CARDS, type TCardCounts } from "@/lib/library/fold-card-counts";
import { sortLibrary } from "@/lib/library/sort-library";
import type { TLibraryQuerySchema } from "@/lib/validations/library";
import { db } from "@/server/db";
import { listArticles, type ArticleListItem } from "@/server/queries/list-articles";
import { currentDialect } from "@/server/queries/progress/day-number-sql";

export type LibraryItem = ArticleListItem & { counts: TCardCounts; lastStudiedAt: Date | null };

type TCountRaw = { articleId: string; state: number | bigint; suspended: boolean | number | bigint; n: number | bigint | string; dueNow: number | bigint | string | null; nextDue: Date | string | null };
type TLastRaw = { articleId: string; last: Date | string | null };

const asDate = (v: Date | string | null) => (v === null ? null : v instanceof Date ? v : new Date(v));

/**
 * The Articles page: the articles a reader can see (search by title and text), each with this reader's
 * cards by queue (new, learning, review, due now), their progress, and when they last studied it (their
 * latest graded review of one of its cards, from the review logs), in the chosen order. Two grouped SQL
 * statements over this reader's card states and review logs, whatever the number of cards.
 */
export async function listLibrary(userId: string, { q, sort }: TLibraryQuerySchema, now: Date): Promise<LibraryItem[]> {
  const postgres = currentDialect() === "postgres";
  const p = (i: number) => (postgres ? `$${i}` : "?");
  const [articles, countRows, lastRows] = await Promise.all([
    listArticles(userId, q),
    db.$queryRawUnsafe<TCountRaw[]>(
      `SELECT c."articleId" AS "articleId", s."state" AS "state", s."suspended" AS "suspended", COUNT(*) AS "n",
              SUM(CASE WHEN s."state" <> 0 AND s."due" <= ${p(1)} AND (s."buriedUntil" IS NULL OR s."buriedUntil" <= ${p(2)}) THEN 1 ELSE 0 END) AS "dueNow",
              MIN(CASE WHEN s."state" <> 0 THEN s."due" END) AS "nextDue"
         FROM "CardState" s JOIN "Card" c ON c."id" = s."cardId" AND c."retiredAt" IS NULL
        WHERE s."userId" = ${p(3)}
        GROUP BY c."articleId", s."state", s."suspended"`,
      now,
      now,
      userId,
    ),
    db.$queryRawUnsafe<TLastRaw[]>(
      `SELECT c."articleId" AS "articleId", MAX(g."review") AS "last"
         FROM "ReviewLog" g JOIN "Card" c ON c."id" = g."cardId"
        WHERE g."userId" = ${p(1)} AND g."rating" >= 1
        GROUP BY c."articleId"`,
      userId,
    ),
  ]);
  const counts = foldCardCounts(
    countRows.map((r) => ({
      articleId: r.articleId,
      state: Number(r.state),
      suspended: Boolean(Number(r.suspended)),
      n: Number(r.n),
      dueNow: Number(r.dueNow ?? 0),
      nextDue: asDate(r.nextDue),
    })),
  );
  const last = new Map(lastRows.map((r) => [r.articleId, asDate(r.last)]));
  const items = articles.map((a) => ({ ...a, addedAt: a.addedAt ?? a.createdAt, counts: counts.get(a.id) ?? NO_CARDS, lastStudiedAt: last.get(a.id) ?? null }));
  return sortLibrary(items, sort);
}
