/**
 * `npm run bench:progress`: the Progress page's data loading on the production build. Seeds one reader with
 * 20,000 cards and 200,000 review logs spread over two years on a scratch SQLite database, then requests
 * /progress repeatedly (after a warm-up) and prints p50/p95 of the whole server render. Figures only.
 */
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { ensureBuild, percentile, prepareScratchDatabase, sessionCookie, startServer, stopServer } from "./lib/bench-server";

const PORT = Number(process.env.BENCH_PORT ?? 3211);
const CARDS = Number(process.env.BENCH_CARDS ?? 20_000);
const LOGS = Number(process.env.BENCH_LOGS ?? 200_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const DAY = 86_400_000;

async function main() {
  const url = await prepareScratchDatabase("./prisma/bench-progress.db");
  const { createPrismaClient } = await import("../server/db");
  const db = await createPrismaClient(url);
  const db2 = await createPrismaClient(url);
  const now = Date.now();
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

  const t0 = Date.now();
  const user = await db.user.create({ data: { email: "bench-progress@example.com", passwordHash: "x", settings: { create: { timeZone: "America/New_York" } } } });
  const article = await db.article.create({ data: { ownerId: user.id, title: "Bench article", text: "Bench.", wordCount: 1 } });
  await db.userArticle.create({ data: { userId: user.id, articleId: article.id } });
  await db.$disconnect();

  // Bulk rows go straight through better-sqlite3 in one transaction (Prisma's createMany took minutes),
  // in the formats Prisma stores: ISO timestamps with an offset, JSON as text, booleans as 0/1.
  const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
  const raw = new Database(url.slice("file:".length));
  const insertCard = raw.prepare(
    `INSERT INTO "Card" ("id","articleId","kind","prompt","answer","aliases","distractors","sourceSentence","sourceStart","sourceEnd","factKey","rank","score","createdAt","updatedAt") VALUES (?,?,?,?,?,'[]','[]','Bench.',0,6,?,?,0.5,?,?)`,
  );
  const insertState = raw.prepare(
    `INSERT INTO "CardState" ("id","userId","cardId","due","stability","difficulty","elapsedDays","scheduledDays","learningSteps","reps","lapses","state","lastReview","suspended","version","createdAt","updatedAt") VALUES (?,?,?,?,?,?,0,?,0,?,?,?,?,0,0,?,?)`,
  );
  const insertLog = raw.prepare(
    `INSERT INTO "ReviewLog" ("id","userId","cardId","cardStateId","rating","state","due","stability","difficulty","elapsedDays","lastElapsedDays","scheduledDays","learningSteps","review","durationMs","createdAt") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,?)`,
  );
  const cardIds: string[] = [];
  const stateIds: string[] = [];
  const stamp = iso(now);
  raw.transaction(() => {
    for (let i = 0; i < CARDS; i++) {
      const cardId = randomUUID();
      const stateId = randomUUID();
      insertCard.run(cardId, article.id, "question", `Question ${i}?`, `Answer ${i}`, `bench-${i}`, i, stamp, stamp);
      const studied = i % 10 !== 0;
      const stability = studied ? 0.5 + rand() * 400 : 0;
      const state = studied ? (rand() < 0.9 ? 2 : 1 + Math.floor(rand() * 2) * 2) : 0;
      insertState.run(
        stateId, user.id, cardId, iso(now + (studied ? (rand() * 120 - 20) * DAY : 0)), stability, studied ? 1 + rand() * 9 : 0,
        studied ? Math.floor(stability) : 0, studied ? 1 + Math.floor(rand() * 20) : 0, studied ? Math.floor(rand() * 3) : 0, state,
        studied ? iso(now - rand() * 60 * DAY) : null, stamp, stamp,
      );
      cardIds.push(cardId);
      stateIds.push(stateId);
    }
    // Reviews come in one or two sessions a day, as people study, over two years.
    for (let i = 0; i < LOGS; i++) {
      const c = Math.floor(rand() * CARDS);
      const day = Math.floor(rand() * 730);
      const session = rand() < 0.6 ? 8 : 20;
      const review = now - day * DAY - session * 3600_000 + rand() * 2 * 3600_000;
      const state = rand() < 0.75 ? 2 : Math.floor(rand() * 2);
      insertLog.run(
        randomUUID(), user.id, cardIds[c], stateIds[c], rand() < 0.12 ? 1 : 2 + Math.floor(rand() * 3), state, iso(review),
        rand() * 100, 1 + rand() * 9, Math.floor(rand() * 60), Math.floor(rand() * 60), state === 2 ? Math.floor(rand() * 90) : 0,
        iso(review), 2000 + Math.floor(rand() * 10000), stamp,
      );
    }
  })();
  raw.close();
  // The per-day statistics that reviews keep up to date, built once for the seeded history.
  const { rebuildReviewStats } = await import("../server/services/rebuild-review-stats");
  await rebuildReviewStats(user.id, db2);
  await db2.$queryRawUnsafe("ANALYZE");
  console.log(`seeded ${CARDS.toLocaleString("en-US")} cards and ${LOGS.toLocaleString("en-US")} review logs in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  ensureBuild();
  const server = await startServer(PORT, url);
  try {
    const cookie = await sessionCookie(user.id, user.email);
    const get = async (path: string, mustHold: string) => {
      const t = performance.now();
      const res = await fetch(`http://127.0.0.1:${PORT}${path}`, { headers: { cookie } });
      const body = await res.text();
      if (res.status !== 200 || !body.includes(mustHold)) throw new Error(`GET ${path} → ${res.status}`);
      return performance.now() - t;
    };
    const measure = async (path: string, mustHold: string) => {
      for (let i = 0; i < 3; i++) await get(path, mustHold); // warm-up
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await get(path, mustHold));
      return times.sort((a, b) => a - b);
    };
    // The data loading alone (the same getProgress the page calls), then the whole rendered page.
    const data = await measure("/api/progress", '"retention"');
    const times = await measure("/progress", "True retention");
    const base: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await fetch(`http://127.0.0.1:${PORT}/api/health`);
      base.push(performance.now() - t);
    }
    base.sort((a, b) => a - b);
    const p50 = Math.round(percentile(data, 50));
    const p95 = Math.round(percentile(data, 95));
    const row = (name: string, t: number[], note = "") =>
      console.log(`${name.padEnd(21)} ${String(RUNS).padStart(4)} ${String(Math.round(percentile(t, 50))).padStart(8)} ${String(Math.round(percentile(t, 95))).padStart(8)} ${String(Math.round(t[t.length - 1])).padStart(8)}${note}`);
    console.log(`\nroute                 runs  p50(ms)  p95(ms)  max(ms)`);
    row("GET /api/progress", data, "   (the page's data loading, as JSON)");
    row("GET /progress", times, "   (data loading and the rendered page)");
    row("GET /api/health", base, "   (baseline: one trivial query)");
    console.log(JSON.stringify({ cards: CARDS, logs: LOGS, p50_ms: p50, p95_ms: p95, page_p50_ms: Math.round(percentile(times, 50)), page_p95_ms: Math.round(percentile(times, 95)) }));
  } finally {
    await stopServer(server);
    await db2.$disconnect();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
