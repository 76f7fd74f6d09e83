import { describe, expect, test } from "vitest";
import { ProgressError } from "./progress-error";
import { summarizeArticles, type TArticleProgressRow } from "./summarize-articles";

const row = (over: Partial<TArticleProgressRow>): TArticleProgressRow => ({
  articleId: "a",
  title: "A",
  cards: 10,
  studied: 4,
  mastered: 1,
  sumRetrievability: 3.6,
  lastStudiedAt: new Date("2024-03-10T12:00:00Z"),
  ...over,
});

describe("summarizeArticles", () => {
  test("shares and average retrievability over studied cards", () => {
    const [article] = summarizeArticles([row({})]).articles;
    expect(article.studiedShare).toBe(0.4);
    expect(article.masteredShare).toBe(0.1);
    expect(article.averageRetrievability).toBeCloseTo(0.9, 12);
  });

  test.each([
    ["no cards", { cards: 0, studied: 0, mastered: 0, sumRetrievability: 0 }, null, null, null],
    ["nothing studied", { cards: 5, studied: 0, mastered: 0, sumRetrievability: 0 }, 0, 0, null],
    ["all mastered", { cards: 2, studied: 2, mastered: 2, sumRetrievability: 1.9 }, 1, 1, 0.95],
  ])("%s", (_name, over, studiedShare, masteredShare, average) => {
    const [article] = summarizeArticles([row(over)]).articles;
    expect(article.studiedShare).toBe(studiedShare);
    expect(article.masteredShare).toBe(masteredShare);
    if (average === null) expect(article.averageRetrievability).toBeNull();
    else expect(article.averageRetrievability).toBeCloseTo(average, 12);
  });

  test("sorted by last studied, newest first; never studied last, by title", () => {
    const { articles, totals, isEmpty } = summarizeArticles([
      row({ articleId: "old", title: "Old", lastStudiedAt: new Date("2024-01-01T00:00:00Z") }),
      row({ articleId: "z", title: "zebra", lastStudiedAt: null, studied: 0, mastered: 0, sumRetrievability: 0 }),
      row({ articleId: "new", title: "New", lastStudiedAt: new Date("2024-03-10T00:00:00Z") }),
      row({ articleId: "b", title: "Apple 10", lastStudiedAt: null, studied: 0, mastered: 0, sumRetrievability: 0 }),
      row({ articleId: "c", title: "apple 9", lastStudiedAt: null, studied: 0, mastered: 0, sumRetrievability: 0 }),
    ]);
    expect(articles.map((a) => a.articleId)).toEqual(["new", "old", "c", "b", "z"]);
    expect(totals).toEqual({ articles: 5, cards: 50, studied: 8, mastered: 2 });
    expect(isEmpty).toBe(false);
  });

  test("float noise in the retrievability sum is clamped", () => {
    const [article] = summarizeArticles([row({ studied: 2, mastered: 0, sumRetrievability: 2 + 1e-12 })]).articles;
    expect(article.averageRetrievability).toBe(1);
  });

  test("empty", () => {
    expect(summarizeArticles([])).toEqual({ articles: [], totals: { articles: 0, cards: 0, studied: 0, mastered: 0 }, isEmpty: true });
  });

  test.each([
    [{ studied: 11 }],
    [{ mastered: 5 }],
    [{ cards: -1 }],
    [{ sumRetrievability: 4.5 }],
    [{ sumRetrievability: -0.1 }],
    [{ sumRetrievability: Number.NaN }],
  ])("refuses %j", (over) => {
    expect(() => summarizeArticles([row(over)])).toThrow(ProgressError);
  });
});
