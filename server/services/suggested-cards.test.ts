import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import type { QuizQuestion } from "@/lib/quiz";
import { db } from "@/server/db";
import { getArticle } from "@/server/queries/get-article";
import { getStudyState } from "@/server/queries/get-study-state";
import { listArticles } from "@/server/queries/list-articles";
import { getProgress } from "@/server/queries/progress/get-progress";
import { addSuggestedCard } from "@/server/services/add-suggested-card";
import { enrollArticle } from "@/server/services/enroll-article";
import { startQuiz } from "@/server/services/start-quiz";
import { submitReview } from "@/server/services/submit-review";
import { syncArticleCards, type CardInput } from "@/server/services/sync-article-cards";
import { makeUserWithCards } from "@/server/test/fixtures";

const T0 = new Date("2024-03-01T12:00:00Z");

/** A reader of no article yet (not through sign-up, which enrolls every built-in article). */
const makeReader = () => db.user.create({ data: { email: `r-${randomUUID()}@example.com`, passwordHash: "x", settings: { create: {} } }, select: { id: true } });

/** The fixture's deck again (same fact keys), with the given cards as suggestions: a regeneration. */
async function regenerate(articleId: string, suggested: (i: number) => boolean) {
  const rows = await db.card.findMany({ where: { articleId }, orderBy: { rank: "asc" } });
  const deck: CardInput[] = rows.map((c, i) => ({
    kind: "question",
    prompt: c.prompt,
    answer: c.answer,
    aliases: [],
    distractors: [],
    source: { sentence: c.sourceSentence, start: c.sourceStart, end: c.sourceEnd },
    factKey: c.factKey,
    score: c.score,
    suggested: suggested(i),
  }));
  await syncArticleCards(db, articleId, deck, T0);
}

/** Every card id a quiz over the article asks about (all cards, typed answers: one question each). */
async function quizCardIds(userId: string, articleId: string) {
  const { id } = await startQuiz(userId, { articleId, length: "all", formats: ["typed"], focusWeak: false }, T0);
  const { questions } = await db.quizAttempt.findUniqueOrThrow({ where: { id } });
  return (questions as unknown as QuizQuestion[]).flatMap((q) => ("cardIds" in q ? q.cardIds : [q.cardId])).sort();
}

async function seenBy(userId: string, articleId: string) {
  const [study, progress, listed, article] = await Promise.all([
    getStudyState(userId, T0),
    getProgress(userId, T0),
    listArticles(userId),
    getArticle(userId, articleId),
  ]);
  return {
    queue: study.cards.map((c) => c.prompt),
    counts: study.counts,
    progress: { total: progress.cardCounts.total, newAvailable: progress.today.newAvailable, article: progress.articles.articles.find((a) => a.articleId === articleId)?.cards },
    listed: listed.find((a) => a.id === articleId)?.cardCount,
    articleCards: article.cards.map((c) => c.prompt),
  };
}

describe("suggested cards", () => {
  test("a suggestion is stored with the deck, but not in the queue, a quiz or any count; a regeneration that makes it a card brings it in", async () => {
    const { user, articleId } = await makeUserWithCards(5, T0, { suggested: (i) => i === 3 });
    const suggestion = await db.card.findFirstOrThrow({ where: { articleId, suggested: true } });
    expect(suggestion.prompt).toBe("Question 4?");
    expect(await db.card.count({ where: { articleId } })).toBe(5);
    expect(await db.cardState.count({ where: { userId: user.id, cardId: suggestion.id } })).toBe(0);

    const four = ["Question 1?", "Question 2?", "Question 3?", "Question 5?"];
    expect(await seenBy(user.id, articleId)).toEqual({
      queue: four,
      counts: { new: 4, learning: 0, review: 0 },
      progress: { total: 4, newAvailable: 4, article: 4 },
      listed: 4,
      articleCards: four,
    });
    expect(await quizCardIds(user.id, articleId)).not.toContain(suggestion.id);
    expect(await quizCardIds(user.id, articleId)).toHaveLength(4);

    // The generator now ranks it among the cards: regenerating and enrolling again (as the seed does).
    await regenerate(articleId, () => false);
    expect(await enrollArticle(db, user.id, articleId, T0)).toBe(1);
    const after = await seenBy(user.id, articleId);
    expect(after.queue).toContain("Question 4?");
    expect(after).toMatchObject({ counts: { new: 5 }, progress: { total: 5, newAvailable: 5, article: 5 }, listed: 5 });
    expect(await quizCardIds(user.id, articleId)).toContain(suggestion.id);
  });

  test("a card that becomes a suggestion leaves the queue of a reader who never answered it; one who studied it keeps it", async () => {
    const { user, articleId } = await makeUserWithCards(3, T0);
    await db.article.update({ where: { id: articleId }, data: { ownerId: null } }); // shared, as a built-in article
    const other = await makeReader();
    await enrollArticle(db, other.id, articleId, T0);
    const first = (await getStudyState(user.id, T0)).cards[0];
    expect(first.prompt).toBe("Question 1?");
    await submitReview(user.id, { stateId: first.stateId, grade: 3, durationMs: 1, idempotencyKey: `s-${Date.now()}`, version: first.version }, T0);

    await regenerate(articleId, (i) => i === 0);
    expect(await db.card.count({ where: { articleId, suggested: true } })).toBe(1);
    expect((await seenBy(user.id, articleId)).progress.total).toBe(3); // studied: still theirs
    expect((await getStudyState(user.id, T0)).cards.map((c) => c.prompt)).toContain("Question 1?");
    expect(await seenBy(other.id, articleId)).toMatchObject({
      queue: ["Question 2?", "Question 3?"],
      progress: { total: 2 },
      listed: 2,
      articleCards: ["Question 2?", "Question 3?"],
    });
  });

  test("a reader can add a suggestion of an article they study; it then counts as theirs", async () => {
    const { user, articleId } = await makeUserWithCards(3, T0, { suggested: (i) => i === 2 });
    const stranger = await makeReader(); // does not study it
    await db.article.update({ where: { id: articleId }, data: { ownerId: null } }); // shared, as a built-in article
    const suggestion = await db.card.findFirstOrThrow({ where: { articleId, suggested: true } });
    await expect(addSuggestedCard(stranger.id, suggestion.id, T0)).rejects.toSatisfy((e) => AppError.is(e, AppErrorCode.NOT_FOUND));
    const plain = await db.card.findFirstOrThrow({ where: { articleId, suggested: false } });
    await expect(addSuggestedCard(user.id, plain.id, T0)).rejects.toSatisfy((e) => AppError.is(e, AppErrorCode.NOT_FOUND));

    const { stateId } = await addSuggestedCard(user.id, suggestion.id, T0);
    expect(await addSuggestedCard(user.id, suggestion.id, T0)).toEqual({ stateId });
    expect(await seenBy(user.id, articleId)).toMatchObject({ counts: { new: 3 }, progress: { total: 3 }, listed: 3 });
    expect((await seenBy(user.id, articleId)).queue).toContain("Question 3?");
    expect(await quizCardIds(user.id, articleId)).toContain(suggestion.id);
    // Still a suggestion for every other reader.
    await enrollArticle(db, stranger.id, articleId, T0);
    expect(await seenBy(stranger.id, articleId)).toMatchObject({ counts: { new: 2 }, progress: { total: 2 }, listed: 2 });
  });
});
