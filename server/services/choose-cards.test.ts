import { beforeAll, describe, expect, test } from "vitest";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { BUILTIN_ARTICLES } from "@/prisma/seed/builtin-articles";
import { db } from "@/server/db";
import { getArticle } from "@/server/queries/get-article";
import { getCardsToReview } from "@/server/queries/get-cards-to-review";
import { getStudyState } from "@/server/queries/get-study-state";
import { listArticles } from "@/server/queries/list-articles";
import { getProgress } from "@/server/queries/progress/get-progress";
import { addSuggestedCard } from "@/server/services/add-suggested-card";
import { createArticle } from "@/server/services/create-article";
import { enrollArticle } from "@/server/services/enroll-article";
import { saveChosenCards } from "@/server/services/save-chosen-cards";
import { startQuiz } from "@/server/services/start-quiz";
import { makeUser, seedBuiltins } from "@/server/test/fixtures";

const T0 = new Date("2024-03-01T12:00:00Z");
const SOURCE = BUILTIN_ARTICLES[0];

beforeAll(async () => {
  await seedBuiltins();
});

/** A reader (enrolled in the built-in article, as after sign-up) who has just pasted an article of their own. */
async function readerWithNewArticle() {
  const user = await makeUser("chooser");
  const { id } = await createArticle(user.id, { title: "My copy", text: SOURCE.text, publishedAt: SOURCE.publishedAt }, T0);
  const review = await getCardsToReview(user.id, id);
  if (!review) throw new Error("the new article should wait for review");
  return { user, articleId: id, review };
}

/** What the reader sees of the article across the app. */
async function seenBy(userId: string, articleId: string) {
  const [study, progress, listed, article, states] = await Promise.all([
    getStudyState(userId, T0),
    getProgress(userId, T0),
    listArticles(userId),
    getArticle(userId, articleId),
    db.cardState.findMany({ where: { userId, card: { articleId } }, select: { cardId: true } }),
  ]);
  const mine = listed.find((a) => a.id === articleId);
  return {
    states: states.map((s) => s.cardId).sort(),
    queued: study.cards.filter((c) => c.articleId === articleId).map((c) => c.cardId),
    progressArticle: progress.articles.articles.find((a) => a.articleId === articleId)?.cards ?? null,
    progressTotal: progress.cardCounts.total,
    listed: mine ? { cardCount: mine.cardCount, cardsToReview: mine.cardsToReview } : null,
    articleCards: article.cards.map((c) => c.id).sort(),
    cardsToReview: article.cardsToReview,
  };
}

describe("a new article waits for the reader to choose its cards", () => {
  test("nothing of it is in the queue, the progress, the article's cards or a quiz; it is listed as cards to review", async () => {
    const { user, articleId, review } = await readerWithNewArticle();
    expect(review.cards.length).toBeGreaterThan(3);
    expect(review.suggestions.length).toBeGreaterThan(0);
    expect(review.article.text.slice(review.cards[0].sourceStart, review.cards[0].sourceEnd)).toBe(review.cards[0].sourceSentence);

    const builtinCards = (await getProgress(user.id, T0)).cardCounts.total;
    expect(await seenBy(user.id, articleId)).toEqual({
      states: [],
      queued: [],
      progressArticle: null,
      progressTotal: builtinCards,
      listed: { cardCount: 0, cardsToReview: true },
      articleCards: [],
      cardsToReview: true,
    });
    await expect(startQuiz(user.id, { articleId, length: "all", formats: ["typed"], focusWeak: false }, T0)).rejects.toSatisfy((e) =>
      AppError.is(e, AppErrorCode.INVALID_INPUT),
    );
    const quiz = await startQuiz(user.id, { articleId: "all", length: "all", formats: ["typed"], focusWeak: false }, T0);
    const { questions } = await db.quizAttempt.findUniqueOrThrow({ where: { id: quiz.id } });
    const reviewIds = new Set([...review.cards, ...review.suggestions].map((c) => c.id));
    expect((questions as { cardId: string }[]).some((q) => reviewIds.has(q.cardId))).toBe(false);

    // Neither enrolling again (as the seed does) nor adding a suggestion slips a card in before the save.
    expect(await enrollArticle(db, user.id, articleId, T0)).toBe(0);
    await expect(addSuggestedCard(user.id, review.suggestions[0].id, T0)).rejects.toSatisfy((e) => AppError.is(e, AppErrorCode.NOT_FOUND));
    expect((await seenBy(user.id, articleId)).states).toEqual([]);
  });

  test("another reader can neither see the review nor save it", async () => {
    const { articleId, review } = await readerWithNewArticle();
    const other = await makeUser("other");
    expect(await getCardsToReview(other.id, articleId)).toBeNull();
    await expect(saveChosenCards(other.id, { articleId, accepted: [{ cardId: review.cards[0].id }] }, T0)).rejects.toSatisfy((e) =>
      AppError.is(e, AppErrorCode.NOT_FOUND),
    );
    expect(await db.cardState.count({ where: { card: { articleId } } })).toBe(0);
  });
});

describe("saveChosenCards", () => {
  test("enrolls exactly the accepted cards (an edit as the reader's wording, an added suggestion); the rest become suggestions", async () => {
    const { user, articleId, review } = await readerWithNewArticle();
    const [first, rejected, edited, ...rest] = review.cards;
    const added = review.suggestions[0];
    const before = (await getProgress(user.id, T0)).cardCounts.total;
    const edit = edited.kind === "cloze" ? { prompt: `In short: ${edited.prompt}`, answer: "My answer" } : { prompt: "My own question?", answer: "My answer" };

    const saved = await saveChosenCards(user.id, { articleId, accepted: [{ cardId: first.id }, { cardId: edited.id, edit }, { cardId: added.id }] }, T0);
    expect(saved).toEqual({ cards: 3, alreadySaved: false });

    const accepted = [first.id, edited.id, added.id].sort();
    const seen = await seenBy(user.id, articleId);
    // Cards of one sentence are siblings, shown on different days: the queue holds at least one, all accepted.
    expect(seen.queued.length).toBeGreaterThan(0);
    expect(accepted).toEqual(expect.arrayContaining(seen.queued));
    expect(seen).toEqual({
      states: accepted,
      queued: seen.queued,
      progressArticle: 3,
      progressTotal: before + 3,
      listed: { cardCount: 3, cardsToReview: false },
      articleCards: accepted,
      cardsToReview: false,
    });
    const study = await getStudyState(user.id, T0);
    expect(study.cards.find((c) => c.cardId === edited.id)).toMatchObject({ prompt: edit.prompt, answer: edit.answer });
    // The generator's card keeps its wording; the reader's is an override.
    expect(await db.card.findUniqueOrThrow({ where: { id: edited.id } })).toMatchObject({ prompt: edited.prompt, answer: edited.answer });

    // Rejected and undecided cards are kept as suggestions, listed on the article page to add later.
    const article = await getArticle(user.id, articleId);
    const suggestionIds = article.suggestions.map((s) => s.id);
    expect(suggestionIds).toContain(rejected.id);
    expect(suggestionIds).toEqual(expect.arrayContaining(rest.map((c) => c.id)));
    expect(suggestionIds).not.toContain(added.id);
    expect(suggestionIds).toHaveLength(review.cards.length - 2 + review.suggestions.length - 1);
    expect(await getCardsToReview(user.id, articleId)).toBeNull();

    // Later, from the article page: a rejected card can still be added.
    await addSuggestedCard(user.id, rejected.id, T0);
    expect((await seenBy(user.id, articleId)).states).toEqual([...accepted, rejected.id].sort());
    expect((await getArticle(user.id, articleId)).suggestions.map((s) => s.id)).not.toContain(rejected.id);
  });

  test("saving twice, or twice at once, never makes a card state twice", async () => {
    const { user, articleId, review } = await readerWithNewArticle();
    const input = { articleId, accepted: review.cards.slice(0, 4).map((c) => ({ cardId: c.id })) };
    const results = await Promise.all([saveChosenCards(user.id, input, T0), saveChosenCards(user.id, input, T0)]);
    expect(results.map((r) => r.alreadySaved).sort()).toEqual([false, true]);
    expect(await saveChosenCards(user.id, { articleId, accepted: review.cards.map((c) => ({ cardId: c.id })) }, T0)).toEqual({ cards: 0, alreadySaved: true });
    expect(await db.cardState.count({ where: { userId: user.id, card: { articleId } } })).toBe(4);
  });

  test.each([
    ["a card of another article", () => ({ cardId: "not-a-card-of-it" }), /not a card of this article/],
    ["a cloze edited without its blank", (c: { id: string; kind: string }) => ({ cardId: c.id, edit: { prompt: c.kind === "cloze" ? "No blank here." : "Where is _____?", answer: "x" } }), /cannot be saved as edited/],
    ["an edit with an empty answer", (c: { id: string }) => ({ cardId: c.id, edit: { prompt: "Who?", answer: "  " } }), /answer cannot be empty/],
  ])("refuses %s with a message, and saves nothing", async (_name, choice, message) => {
    const { user, articleId, review } = await readerWithNewArticle();
    await expect(saveChosenCards(user.id, { articleId, accepted: [{ cardId: review.cards[1].id }, choice(review.cards[0])] }, T0)).rejects.toSatisfy(
      (e) => AppError.is(e, AppErrorCode.INVALID_INPUT) && message.test((e as Error).message),
    );
    expect(await db.cardState.count({ where: { userId: user.id, card: { articleId } } })).toBe(0);
    expect(await db.card.count({ where: { articleId, suggested: true } })).toBe(review.suggestions.length);
    expect(await getCardsToReview(user.id, articleId)).not.toBeNull();
  });

  test("saving with no card accepted keeps every card as a suggestion, and the article stops waiting", async () => {
    const { user, articleId, review } = await readerWithNewArticle();
    expect(await saveChosenCards(user.id, { articleId, accepted: [] }, T0)).toEqual({ cards: 0, alreadySaved: false });
    const seen = await seenBy(user.id, articleId);
    expect(seen).toMatchObject({ states: [], listed: { cardCount: 0, cardsToReview: false }, cardsToReview: false });
    expect((await getArticle(user.id, articleId)).suggestions).toHaveLength(review.cards.length + review.suggestions.length);
  });
});
