import "server-only";

import type { GeneratedCard } from "@/lib/generation";
import type { Db } from "@/server/db";

/** The generator's card, as stored. */
export type CardInput = GeneratedCard;

type Tx = Pick<Db, "card">;

/**
 * Makes an article's stored cards match a freshly generated deck, keyed by fact key: new facts are added,
 * known facts updated in place (their reviews stay attached), vanished facts retired, never deleted.
 */
export async function syncArticleCards(tx: Tx, articleId: string, cards: CardInput[], now: Date): Promise<{ added: number; updated: number; retired: number }> {
  const existing = await tx.card.findMany({ where: { articleId }, select: { id: true, factKey: true, retiredAt: true } });
  const byKey = new Map(existing.map((c) => [c.factKey, c]));
  const seen = new Set<string>();
  let added = 0;
  let updated = 0;
  for (const [rank, c] of cards.entries()) {
    if (seen.has(c.factKey)) continue; // a deck never holds one fact twice; be safe anyway
    seen.add(c.factKey);
    const data = {
      kind: c.kind,
      prompt: c.prompt,
      answer: c.answer,
      aliases: c.aliases,
      distractors: c.distractors,
      sourceSentence: c.source.sentence,
      sourceStart: c.source.start,
      sourceEnd: c.source.end,
      rank,
      score: c.score,
      retiredAt: null,
    };
    const old = byKey.get(c.factKey);
    if (old) {
      await tx.card.update({ where: { id: old.id }, data });
      updated++;
    } else {
      await tx.card.create({ data: { ...data, articleId, factKey: c.factKey } });
      added++;
    }
  }
  const gone = existing.filter((c) => !seen.has(c.factKey) && c.retiredAt === null).map((c) => c.id);
  if (gone.length) await tx.card.updateMany({ where: { id: { in: gone } }, data: { retiredAt: now } });
  return { added, updated, retired: gone.length };
}
