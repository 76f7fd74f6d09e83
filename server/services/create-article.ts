import "server-only";

import type { TCreateArticleSchema } from "@/lib/validations/article";
import { db } from "@/server/db";
import { enrollArticle } from "@/server/services/enroll-article";

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Saves a reader's own article and puts it in their queue. */
export async function createArticle(userId: string, input: Pick<TCreateArticleSchema, "title" | "text"> & { sourceUrl?: string; publishedAt?: Date }, now: Date = new Date()): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        ownerId: userId,
        title: input.title,
        text: input.text,
        sourceUrl: input.sourceUrl ?? null,
        publishedAt: input.publishedAt ?? null,
        wordCount: countWords(input.text),
      },
      select: { id: true },
    });
    await enrollArticle(tx, userId, article.id, now);
    return article;
  });
}
