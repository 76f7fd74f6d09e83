/**
 * Seeds the database idempotently: the built-in articles, their generated cards (updated by fact key), and
 * every existing account enrolled in them. Run with `npm run db:seed`; `npm start` runs it too.
 */
import { createPrismaClient, type Db } from "@/server/db";
import { enrollArticle } from "@/server/services/enroll-article";
import { syncArticleCards } from "@/server/services/sync-article-cards";
import { countWords } from "@/server/services/create-article";
import { BUILTIN_ARTICLES } from "./seed/builtin-articles";
import { generateBuiltinDeck } from "./seed/generate-builtin-deck";

export async function seed(db: Db, now: Date = new Date()): Promise<{ articles: number; cards: number }> {
  let cards = 0;
  for (const a of BUILTIN_ARTICLES) {
    const deck = generateBuiltinDeck(a);
    await db.$transaction(async (tx) => {
      const article = await tx.article.upsert({
        where: { builtinKey: a.builtinKey },
        create: { builtinKey: a.builtinKey, title: a.title, sourceUrl: a.sourceUrl, publishedAt: a.publishedAt, text: a.text, wordCount: countWords(a.text) },
        update: { title: a.title, sourceUrl: a.sourceUrl, publishedAt: a.publishedAt, text: a.text, wordCount: countWords(a.text) },
        select: { id: true },
      });
      await syncArticleCards(tx, article.id, deck, now);
      const users = await tx.user.findMany({ select: { id: true } });
      for (const u of users) await enrollArticle(tx, u.id, article.id, now);
    });
    cards += deck.length;
  }
  return { articles: BUILTIN_ARTICLES.length, cards };
}

async function main() {
  const db = await createPrismaClient(process.env.DATABASE_URL);
  try {
    const r = await seed(db);
    console.log(`Seeded ${r.articles} built-in article(s) with ${r.cards} card(s).`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && /seed\.ts$/.test(process.argv[1])) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
