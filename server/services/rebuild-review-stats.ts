import "server-only";

import { listOffsetIntervals } from "@/lib/progress";
import type { TUserSettings } from "@/lib/validations/settings";
import { db, type Db } from "@/server/db";
import { getUserSettings } from "@/server/queries/get-user-settings";
import { currentDialect, dayNumberSql, epochOf, param } from "@/server/queries/progress/day-number-sql";

/**
 * Recomputes a reader's per-day statistics from their review logs, in the database (one INSERT … SELECT
 * grouped by study day). Run when the time zone or day start changes, after logs are deleted with an
 * article, and for a reader whose statistics were never built.
 */
export async function rebuildReviewStats(
  userId: string,
  client: Pick<Db, "$executeRawUnsafe" | "reviewLog" | "reviewDayStat"> = db,
  settings?: Pick<TUserSettings, "timeZone" | "dayStartHour">,
): Promise<void> {
  const { timeZone, dayStartHour } = settings ?? (await getUserSettings(userId));
  const dialect = currentDialect();
  const [first, last] = await Promise.all([
    client.reviewLog.findFirst({ where: { userId }, orderBy: { review: "asc" }, select: { review: true } }),
    client.reviewLog.findFirst({ where: { userId }, orderBy: { review: "desc" }, select: { review: true } }),
  ]);
  await client.reviewDayStat.deleteMany({ where: { userId } });
  if (!first || !last) return;
  const intervals = listOffsetIntervals(Math.floor(first.review.getTime() / 1000) - 86_400, Math.ceil(last.review.getTime() / 1000) + 86_400, timeZone);
  const count = (rating: number) => `SUM(CASE WHEN "rating" = ${rating} THEN 1 ELSE 0 END)`;
  await client.$executeRawUnsafe(
    `INSERT INTO "ReviewDayStat" ("userId", "day", "kind", "again", "hard", "good", "easy", "ms")
     SELECT ${param(dialect, 1)}, day, kind, ${count(1)}, ${count(2)}, ${count(3)}, ${count(4)}, SUM("durationMs")
       FROM (SELECT ${dayNumberSql(dialect, "e", intervals, dayStartHour, true)} AS day,
                    CASE WHEN "state" = 2 THEN (CASE WHEN "scheduledDays" >= 21 THEN 2 ELSE 1 END) ELSE 0 END AS kind,
                    "rating", "durationMs"
               FROM (SELECT ${epochOf(dialect, `"review"`)} AS e, "state", "scheduledDays", "rating", "durationMs"
                       FROM "ReviewLog" WHERE "userId" = ${param(dialect, 2)} AND "rating" BETWEEN 1 AND 4) AS logs) AS days
      GROUP BY day, kind`,
    userId,
    userId,
  );
}
