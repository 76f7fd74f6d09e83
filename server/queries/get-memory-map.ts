import "server-only";

import { buildMemoryMap, type TMemoryMap } from "@/lib/progress/build-memory-map";
import { db } from "@/server/db";
import { applyOverride } from "@/server/mappers/card-override";
import { toFsrsCard } from "@/server/mappers/card-state";
import { getUserSettings } from "@/server/queries/get-user-settings";

/**
 * The memory map of an article the caller has already opened for this reader (getArticle checks access):
 * its text cut into sentences tinted by this reader's recall of their cards at `now`. Only this reader's
 * card states are read (a card without one is not in their deck and is not marked), with their own
 * wording of each card and their own FSRS weights.
 */
export async function getMemoryMap(userId: string, article: { id: string; text: string }, now: Date): Promise<TMemoryMap> {
  const [rows, settings] = await Promise.all([
    db.cardState.findMany({
      where: { userId, card: { articleId: article.id, retiredAt: null } },
      include: {
        card: {
          select: {
            id: true,
            prompt: true,
            answer: true,
            aliases: true,
            sourceSentence: true,
            sourceStart: true,
            sourceEnd: true,
            rank: true,
            overrides: { where: { userId } },
          },
        },
      },
    }),
    getUserSettings(userId),
  ]);
  rows.sort((a, b) => a.card.rank - b.card.rank);
  const cards = rows.map((row) => {
    const { prompt, answer } = applyOverride(row.card, row.card.overrides[0]);
    return {
      id: row.card.id,
      prompt,
      answer,
      sourceSentence: row.card.sourceSentence,
      sourceStart: row.card.sourceStart,
      sourceEnd: row.card.sourceEnd,
      fsrs: toFsrsCard(row),
      suspended: row.suspended,
    };
  });
  return buildMemoryMap(article.text, cards, now, settings);
}
