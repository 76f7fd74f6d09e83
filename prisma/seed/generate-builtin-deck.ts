import type { CardInput } from "@/server/services/sync-article-cards";
import type { BuiltinArticle } from "./builtin-articles";

/** The built-in article's cards, from the card generator (wired in when lib/generation lands). */
export function generateBuiltinDeck(_article: BuiltinArticle): CardInput[] {
  return [];
}
