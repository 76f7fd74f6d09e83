import "server-only";

import { randomUUID } from "node:crypto";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { buildQuiz, type QuizSourceCard } from "@/lib/quiz";
import { getRetrievability } from "@/lib/scheduling";
import type { TStartQuizSchema } from "@/lib/validations/quiz";
import { db } from "@/server/db";
import { applyOverride } from "@/server/mappers/card-override";
import { toFsrsCard } from "@/server/mappers/card-state";
import { getUserSettings } from "@/server/queries/get-user-settings";
import { whereReaderCards } from "@/server/queries/where-reader-cards";

/**
 * Builds a quiz on the server from the reader's cards (of one article they can see, or all their articles),
 * stores it with its answers, and returns its id. `onlyCardIds` restricts it (retrying the missed ones).
 * Warnings say what could not be built as asked (too few cards for a format).
 */
export async function startQuiz(
  userId: string,
  input: TStartQuizSchema,
  now: Date,
  onlyCardIds?: string[],
): Promise<{ id: string; warnings: string[] }> {
  const articleFilter =
    input.articleId === "all"
      ? { enrollments: { some: { userId, cardsToReview: false } } }
      : { id: input.articleId, OR: [{ ownerId: null }, { ownerId: userId }] };
  if (input.articleId !== "all" && (await db.article.count({ where: articleFilter })) === 0) {
    throw new AppError(AppErrorCode.NOT_FOUND, { message: "That article does not exist, or it is not yours." });
  }
  const settings = await getUserSettings(userId);
  const rows = await db.card.findMany({
    where: { ...whereReaderCards(userId), article: articleFilter, ...(onlyCardIds ? { id: { in: onlyCardIds } } : {}) },
    orderBy: [{ articleId: "asc" }, { rank: "asc" }],
    include: { overrides: { where: { userId } }, states: { where: { userId } } },
  });
  const cards: QuizSourceCard[] = rows.map((c) => {
    const { prompt, answer, aliases } = applyOverride(c, c.overrides[0]);
    const s = c.states[0];
    return {
      id: c.id,
      kind: c.kind === "cloze" ? "cloze" : "question",
      prompt,
      answer,
      aliases,
      distractors: (c.distractors as string[]) ?? [],
      source: { sentence: c.sourceSentence },
      factKey: c.factKey,
      articleId: c.articleId,
      scheduling: s ? { retrievability: getRetrievability(toFsrsCard(s), now, settings), lapses: s.lapses, reps: s.reps } : null,
    };
  });
  const id = randomUUID();
  const { questions, warnings } = buildQuiz(cards, { formats: input.formats, length: input.length, focusWeak: input.focusWeak }, id);
  if (questions.length === 0) {
    throw new AppError(AppErrorCode.INVALID_INPUT, {
      message: warnings[0] ?? "There are not enough cards for a quiz yet. Add an article, or choose more formats.",
    });
  }
  await db.quizAttempt.create({
    data: {
      id,
      userId,
      articleId: input.articleId === "all" ? null : input.articleId,
      formats: input.formats === "mixed" ? "mixed" : input.formats.join(","),
      seed: id,
      questions: questions as unknown as object,
      total: questions.length,
      startedAt: now,
    },
  });
  return { id, warnings };
}
