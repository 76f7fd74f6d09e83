import "server-only";

import { db } from "@/server/db";
import { currentDialect } from "@/server/queries/progress/day-number-sql";
import { whereReaderCards } from "@/server/queries/where-reader-cards";

export type ArticleListItem = {
  id: string;
  title: string;
  publishedAt: Date | null;
  builtIn: boolean;
  wordCount: number;
  cardCount: number;
  enrolled: boolean;
  /** The reader's own new article whose cards they have not chosen yet (none of them is theirs yet). */
  cardsToReview: boolean;
  createdAt: Date;
  /** When the reader enrolled (added it, or was given the built-in one); null when not enrolled. */
  addedAt: Date | null;
};

/**
 * The articles a reader can see: the built-in ones and their own, newest first; with `search`, only those
 * whose title or text holds it (ignoring case).
 */
export async function listArticles(userId: string, search = ""): Promise<ArticleListItem[]> {
  // PostgreSQL compares case-sensitively unless told; SQLite's LIKE ignores ASCII case and has no such mode.
  const contains = currentDialect() === "postgres" ? { contains: search, mode: "insensitive" as const } : { contains: search };
  const rows = await db.article.findMany({
    where: { OR: [{ ownerId: null }, { ownerId: userId }], ...(search ? { AND: [{ OR: [{ title: contains }, { text: contains }] }] } : {}) },
    orderBy: [{ createdAt: "desc" }],
    select: {
      id: true,
      title: true,
      publishedAt: true,
      ownerId: true,
      wordCount: true,
      createdAt: true,
      _count: { select: { cards: { where: whereReaderCards(userId) } } },
      enrollments: { where: { userId }, select: { cardsToReview: true, addedAt: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    publishedAt: r.publishedAt,
    builtIn: r.ownerId === null,
    wordCount: r.wordCount,
    cardCount: r._count.cards,
    enrolled: r.enrollments.length > 0,
    cardsToReview: r.enrollments[0]?.cardsToReview ?? false,
    createdAt: r.createdAt,
    addedAt: r.enrollments[0]?.addedAt ?? null,
  }));
}
