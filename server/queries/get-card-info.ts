import "server-only";

import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { getRetrievability } from "@/lib/scheduling";
import { db } from "@/server/db";
import { applyOverride } from "@/server/mappers/card-override";
import { toFsrsCard } from "@/server/mappers/card-state";
import { getUserSettings } from "@/server/queries/get-user-settings";

export type CardInfo = {
  prompt: string;
  answer: string;
  sourceSentence: string;
  articleId: string;
  articleTitle: string;
  state: number;
  due: string;
  stability: number;
  difficulty: number;
  retrievability: number | null;
  reps: number;
  lapses: number;
  suspended: boolean;
  history: { review: string; rating: number; intervalDays: number; durationMs: number }[];
};

/** Scheduling facts and review history of one of the reader's cards. */
export async function getCardInfo(userId: string, stateId: string, now: Date): Promise<CardInfo> {
  const row = await db.cardState.findFirst({
    where: { id: stateId, userId },
    include: {
      card: { include: { article: { select: { id: true, title: true } }, overrides: { where: { userId } } } },
      reviewLogs: { orderBy: { review: "desc" }, take: 50 },
    },
  });
  if (!row) throw new AppError(AppErrorCode.NOT_FOUND, { message: "That card is not in your deck." });
  const settings = await getUserSettings(userId);
  const { prompt, answer } = applyOverride(row.card, row.card.overrides[0]);
  return {
    prompt,
    answer,
    sourceSentence: row.card.sourceSentence,
    articleId: row.card.article.id,
    articleTitle: row.card.article.title,
    state: row.state,
    due: row.due.toISOString(),
    stability: row.stability,
    difficulty: row.difficulty,
    retrievability: getRetrievability(toFsrsCard(row), now, settings),
    reps: row.reps,
    lapses: row.lapses,
    suspended: row.suspended,
    history: row.reviewLogs.map((l) => ({
      review: l.review.toISOString(),
      rating: l.rating,
      intervalDays: l.scheduledDays,
      durationMs: l.durationMs,
    })),
  };
}
