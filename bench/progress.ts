/**
 * `npm run bench:progress`: the Progress page's data loading on the production build. Seeds one reader with
 * 20,000 cards and 200,000 review logs spread over two years on a scratch SQLite database, then requests
 * /progress repeatedly (after a warm-up) and prints p50/p95 of the whole server render. Figures only.
 */
import { randomUUID } from "node:crypto";
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
  const now = Date.now();
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

  const t0 = Date.now();
  const user = await db.user.create({ data: { email: "bench-progress@example.com", passwordHash: "x", settings: { create: { timeZone: "America/New_York" } } } });
  const article = await db.article.create({ data: { ownerId: user.id, title: "Bench article", text: "Bench.", wordCount: 1 } });
  await db.userArticle.create({ data: { userId: user.id, articleId: article.id } });
  const cardIds: string[] = [];
  const stateIds: string[] = [];
  for (let i = 0; i < CARDS; i += 2000) {
    const batch = Array.from({ length: Math.min(2000, CARDS - i) }, (_, j) => ({
      id: randomUUID(),
      articleId: article.id,
      kind: "question",
      prompt: `Question ${i + j}?`,
      answer: `Answer ${i + j}`,
      aliases: [],
      distractors: [],
      sourceSentence: "Bench.",
      sourceStart: 0,
      sourceEnd: 6,
      factKey: `bench-${i + j}`,
      rank: i + j,
      score: 0.5,
    }));
    await db.card.createMany({ data: batch });
    cardIds.push(...batch.map((b) => b.id));
    const states = batch.map((b, j) => {
      const studied = (i + j) % 10 !== 0;
      const stability = studied ? 0.5 + rand() * 400 : 0;
      return {
        id: randomUUID(),
        userId: user.id,
        cardId: b.id,
        state: studied ? (rand() < 0.9 ? 2 : 1 + Math.floor(rand() * 2) * 2) : 0,
        due: new Date(now + (studied ? (rand() * 120 - 20) * DAY : 0)),
        stability,
        difficulty: studied ? 1 + rand() * 9 : 0,
        reps: studied ? 1 + Math.floor(rand() * 20) : 0,
        lapses: studied ? Math.floor(rand() * 3) : 0,
        lastReview: studied ? new Date(now - rand() * 60 * DAY) : null,
        scheduledDays: studied ? Math.floor(stability) : 0,
      };
    });
    await db.cardState.createMany({ data: states });
    stateIds.push(...states.map((s) => s.id));
  }
  for (let i = 0; i < LOGS; i += 5000) {
    await db.reviewLog.createMany({
      data: Array.from({ length: Math.min(5000, LOGS - i) }, () => {
        const c = Math.floor(rand() * CARDS);
        const review = new Date(now - rand() * 730 * DAY);
        const state = rand() < 0.75 ? 2 : Math.floor(rand() * 2);
        return {
          userId: user.id,
          cardId: cardIds[c],
          cardStateId: stateIds[c],
          rating: rand() < 0.12 ? 1 : 2 + Math.floor(rand() * 3),
          state,
          due: review,
          stability: rand() * 100,
          difficulty: 1 + rand() * 9,
          elapsedDays: Math.floor(rand() * 60),
          lastElapsedDays: Math.floor(rand() * 60),
          scheduledDays: state === 2 ? Math.floor(rand() * 90) : 0,
          learningSteps: 0,
          review,
          durationMs: 2000 + Math.floor(rand() * 10000),
        };
      }),
    });
  }
  await db.$queryRawUnsafe("ANALYZE");
  console.log(`seeded ${CARDS.toLocaleString("en-US")} cards and ${LOGS.toLocaleString("en-US")} review logs in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  ensureBuild();
  const server = await startServer(PORT, url);
  try {
    const cookie = await sessionCookie(user.id, user.email);
    const get = async (path: string) => {
      const t = performance.now();
      const res = await fetch(`http://127.0.0.1:${PORT}${path}`, { headers: { cookie } });
      const body = await res.text();
      if (res.status !== 200 || !body.includes("True retention")) throw new Error(`GET ${path} → ${res.status}`);
      return performance.now() - t;
    };
    for (let i = 0; i < 3; i++) await get("/progress"); // warm-up
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await get("/progress"));
    times.sort((a, b) => a - b);
    const base: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await fetch(`http://127.0.0.1:${PORT}/api/health`);
      base.push(performance.now() - t);
    }
    base.sort((a, b) => a - b);
    const p50 = Math.round(percentile(times, 50));
    const p95 = Math.round(percentile(times, 95));
    console.log(`\nroute                 runs  p50(ms)  p95(ms)  max(ms)`);
    console.log(`GET /progress         ${String(RUNS).padStart(4)} ${String(p50).padStart(8)} ${String(p95).padStart(8)} ${String(Math.round(times[times.length - 1])).padStart(8)}`);
    console.log(`GET /api/health       ${String(RUNS).padStart(4)} ${String(Math.round(percentile(base, 50))).padStart(8)} ${String(Math.round(percentile(base, 95))).padStart(8)} ${String(Math.round(base[base.length - 1])).padStart(8)}   (baseline: one trivial query)`);
    console.log(JSON.stringify({ cards: CARDS, logs: LOGS, p50_ms: p50, p95_ms: p95 }));
  } finally {
    await stopServer(server);
    await db.$disconnect();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
