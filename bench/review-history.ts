/**
 * `npm run bench:history`: the review-history export over a long history. Seeds one reader with 2,000 cards
 * and 200,000 review logs on a scratch SQLite database, then streams the CSV in this process (the route's
 * own stream, page by page) and prints the time, the bytes, and how much the heap and RSS grew at their
 * peak while it ran. Figures only.
 */
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { prepareScratchDatabase } from "./lib/bench-server";

const CARDS = Number(process.env.BENCH_CARDS ?? 2_000);
const LOGS = Number(process.env.BENCH_LOGS ?? 200_000);

async function main() {
  const url = await prepareScratchDatabase("./prisma/bench-history.db");
  const { db } = await import("../server/db");
  const user = await db.user.create({ data: { email: "bench-history@example.com", passwordHash: "x" } });
  const article = await db.article.create({ data: { ownerId: user.id, title: "Bench", text: "Bench.", wordCount: 1 } });

  // Rows in Prisma's SQLite formats (ISO text timestamps with an offset), in one transaction.
  const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
  const raw = new Database(url.slice("file:".length));
  const stamp = iso(Date.now());
  const ids: [string, string][] = [];
  raw.transaction(() => {
    const card = raw.prepare(
      `INSERT INTO "Card" ("id","articleId","kind","prompt","answer","aliases","distractors","sourceSentence","sourceStart","sourceEnd","factKey","rank","score","createdAt","updatedAt") VALUES (?,?,'question','Q?','A','[]','[]','S.',0,2,?,?,1,?,?)`,
    );
    const state = raw.prepare(`INSERT INTO "CardState" ("id","userId","cardId","due","createdAt","updatedAt") VALUES (?,?,?,?,?,?)`);
    for (let i = 0; i < CARDS; i++) {
      const [cardId, stateId] = [randomUUID(), randomUUID()];
      card.run(cardId, article.id, `f${i}`, i, stamp, stamp);
      state.run(stateId, user.id, cardId, stamp, stamp, stamp);
      ids.push([cardId, stateId]);
    }
    const log = raw.prepare(
      `INSERT INTO "ReviewLog" ("id","userId","cardId","cardStateId","rating","state","due","stability","difficulty","elapsedDays","lastElapsedDays","scheduledDays","learningSteps","review","durationMs","createdAt") VALUES (?,?,?,?,?,?,?,1,5,0,0,1,0,?,?,?)`,
    );
    const start = Date.now() - 730 * 86_400_000;
    for (let i = 0; i < LOGS; i++) {
      const [cardId, stateId] = ids[i % CARDS]!;
      const at = iso(start + i * 300_000);
      log.run(randomUUID(), user.id, cardId, stateId, 1 + (i % 4), i % 4, at, at, 1000 + (i % 9000), stamp);
    }
  })();
  raw.close();

  const { streamReviewHistory } = await import("../server/queries/stream-review-history");
  global.gc?.();
  const base = process.memoryUsage();
  let peakHeap = base.heapUsed;
  let peakRss = base.rss;
  const t0 = performance.now();
  let bytes = 0;
  let lines = 0;
  const reader = streamReviewHistory(user.id).getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    bytes += r.value.byteLength;
    for (const b of r.value) if (b === 10) lines++;
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  }
  const ms = performance.now() - t0;
  const mb = (n: number) => (n / 2 ** 20).toFixed(1);
  console.log(`review history: ${LOGS.toLocaleString("en-US")} logs → ${(lines - 1).toLocaleString("en-US")} rows, ${mb(bytes)} MB of CSV in ${Math.round(ms)} ms`);
  console.log(`peak growth while streaming: heap +${mb(peakHeap - base.heapUsed)} MB, RSS +${mb(peakRss - base.rss)} MB`);
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
