import "server-only";

import { State } from "ts-fsrs";
import type { GeneratedCard } from "@/lib/generation";
import type { Db } from "@/server/db";

/** The generator's card, as stored. */
export type CardInput = GeneratedCard;

type Tx = Pick<Db, "card" | "cardState">;

/**
 * Makes an article's stored cards match a freshly generated deck, keyed by fact key: new facts are added,
 * known facts updated in place (their reviews stay attached), vanished facts retired, never deleted.
 * Whether a card is only a suggestion follows the deck. A card that becomes one leaves the queues of the
 * readers who never answered it (their untouched new state is removed, as if they had enrolled now); a
 * reader who studied it keeps it. A suggestion that becomes a card enters the queues with enrollArticle.
 */
export async function syncArticleCards(tx: Tx, articleId: string, cards: CardInput[], now: Date): Promise<{ added: number; updated: number; retired: number }> {
  // Cards readers made themselves (ownerId) are not the generator's: never updated, retired or matched here.
  const existing = await tx.card.findMany({ where: { articleId, ownerId: null }, select: { id: true, factKey: true, retiredAt: true, suggested: true } });
  const byKey = new Map(existing.map((c) => [c.factKey, c]));
  const seen = new Set<string>();
  let added = 0;
  let updated = 0;
  const demoted: string[] = [];
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
      suggested: c.suggested,
      retiredAt: null,
    };
    const old = byKey.get(c.factKey);
    if (old) {
      await tx.card.update({ where: { id: old.id }, data });
      if (c.suggested && !old.suggested) demoted.push(old.id);
      updated++;
    } else {
      await tx.card.create({ data: { ...data, articleId, factKey: c.factKey } });
      added++;
    }
  }
  const gone = existing.filter((c) => !seen.has(c.factKey) && c.retiredAt === null).map((c) => c.id);
  if (gone.length) await tx.card.updateMany({ where: { id: { in: gone } }, data: { retiredAt: now } });
  if (demoted.length) {
    await tx.cardState.deleteMany({ where: { cardId: { in: demoted }, state: State.New, reps: 0, reviewLogs: { none: {} } } });
  }
  return { added, updated, retired: gone.length };
}
