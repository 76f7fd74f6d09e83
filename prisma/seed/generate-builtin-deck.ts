import { generateDeck, type GeneratedCard } from "@/lib/generation";
import type { BuiltinArticle } from "./builtin-articles";

/** The built-in article's cards, made by the card generator (no hand-written cards anywhere). */
export function generateBuiltinDeck(article: BuiltinArticle): GeneratedCard[] {
  const deck = generateDeck({ text: article.text, title: article.title, publishedAt: article.publishedAt });
  if (deck.cards.length === 0) throw new Error(`The built-in article "${article.title}" yields no cards: ${deck.reason ?? "unknown reason"}`);
  return deck.cards;
}
