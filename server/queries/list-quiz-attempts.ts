import "server-only";

import { db } from "@/server/db";

/** The reader's latest quizzes, newest first. */
export async function listQuizAttempts(userId: string, take = 10) {
  const rows = await db.quizAttempt.findMany({
    where: { userId },
    orderBy: { startedAt: "desc" },
    take,
    select: {
      id: true,
      startedAt: true,
      finishedAt: true,
      total: true,
      correct: true,
      formats: true,
      article: { select: { title: true } },
      _count: { select: { answers: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    startedAt: r.startedAt,
    finished: r.finishedAt !== null,
    total: r.total,
    correct: r.correct,
    answered: r._count.answers,
    formats: r.formats,
    articleTitle: r.article?.title ?? "All articles",
  }));
}
