import { assertValidDate } from "../scheduling/assert-valid-date";
import { assertCount } from "./assert-count";
import { ProgressError, ProgressErrorCode } from "./progress-error";

/** A card counts as mastered once its FSRS stability reaches 21 days (Anki's "mature" line). */
export const MASTERED_STABILITY_DAYS = 21;

/**
 * One article the reader studies, aggregated per article:
 * - `cards`: the reader's active cards of the article (not retired),
 * - `studied`: of those, cards reviewed at least once (state ≠ 0),
 * - `mastered`: of those, cards with stability ≥ MASTERED_STABILITY_DAYS (21 days),
 * - `sumRetrievability`: Σ getRetrievability over the studied cards, 0–studied (computed in
 *   TypeScript per card, or `estimateTotalKnowledge(cardsOfArticle, now).expectedRecalled`),
 * - `lastStudiedAt`: the latest review of any of its cards, null if never.
 */
export type TArticleProgressRow = {
  articleId: string;
  title: string;
  cards: number;
  studied: number;
  mastered: number;
  sumRetrievability: number;
  lastStudiedAt: Date | null;
};

export type TArticleProgress = TArticleProgressRow & {
  /** studied / cards, 0–1; null for an article without cards. */
  studiedShare: number | null;
  /** mastered / cards (stability ≥ 21 days), 0–1; null for an article without cards. */
  masteredShare: number | null;
  /** sumRetrievability / studied, 0–1: how much of what was studied is remembered now; null if nothing studied. */
  averageRetrievability: number | null;
};

export type TArticlesProgress = {
  /** Most recently studied first; never-studied articles last, by title. */
  articles: TArticleProgress[];
  totals: { articles: number; cards: number; studied: number; mastered: number };
  /** No articles at all. */
  isEmpty: boolean;
};

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/**
 * Per-article progress for the articles list: how much of each article is studied and mastered
 * (stability ≥ 21 days, i.e. the next review is likely weeks away) and how well it is remembered now.
 *
 * @throws ProgressError when counts are negative, fractional or inconsistent (studied > cards,
 * mastered > studied), or sumRetrievability is outside 0–studied (beyond float noise).
 *
 * @example
 * summarizeArticles([
 *   { articleId: "a", title: "Rates", cards: 10, studied: 4, mastered: 1, sumRetrievability: 3.6,
 *     lastStudiedAt: new Date("2024-03-10T12:00:00Z") },
 * ]).articles[0]; // { ..., studiedShare: 0.4, masteredShare: 0.1, averageRetrievability: 0.9 }
 */
export function summarizeArticles(rows: readonly TArticleProgressRow[]): TArticlesProgress {
  const articles = rows.map((row): TArticleProgress => {
    const cards = assertCount(row.cards, `cards of ${row.articleId}`);
    const studied = assertCount(row.studied, `studied of ${row.articleId}`);
    const mastered = assertCount(row.mastered, `mastered of ${row.articleId}`);
    if (studied > cards || mastered > studied) {
      throw new ProgressError(
        ProgressErrorCode.INVALID_ARGUMENT,
        `article ${row.articleId}: expected mastered ≤ studied ≤ cards, got ${mastered}/${studied}/${cards}`,
      );
    }
    if (!Number.isFinite(row.sumRetrievability) || row.sumRetrievability < -1e-9 || row.sumRetrievability > studied + 1e-9) {
      throw new ProgressError(
        ProgressErrorCode.INVALID_ARGUMENT,
        `article ${row.articleId}: sumRetrievability must be within 0–${studied}, got ${row.sumRetrievability}`,
      );
    }
    if (row.lastStudiedAt !== null) assertValidDate(row.lastStudiedAt, "lastStudiedAt");
    const sum = Math.min(studied, Math.max(0, row.sumRetrievability));
    return {
      ...row,
      sumRetrievability: sum,
      studiedShare: cards === 0 ? null : studied / cards,
      masteredShare: cards === 0 ? null : mastered / cards,
      averageRetrievability: studied === 0 ? null : sum / studied,
    };
  });

  articles.sort((a, b) => {
    const at = a.lastStudiedAt?.getTime() ?? -Infinity;
    const bt = b.lastStudiedAt?.getTime() ?? -Infinity;
    if (at !== bt) return bt - at;
    return collator.compare(a.title, b.title) || (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0);
  });

  const totals = { articles: articles.length, cards: 0, studied: 0, mastered: 0 };
  for (const a of articles) {
    totals.cards += a.cards;
    totals.studied += a.studied;
    totals.mastered += a.mastered;
  }
  return { articles, totals, isEmpty: articles.length === 0 };
}
