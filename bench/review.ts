/**
 * `npm run bench:review`: review throughput on the production build. Seeds readers with the built-in deck
 * on a scratch SQLite database, grades cards concurrently through POST /api/reviews (10, then 50
 * connections, 10 s each), checks that every recorded review was logged exactly once, and compares with
 * a baseline route (authenticate + one write) on the same server in the same run. Prints figures only.
 */
import autocannon from "autocannon";
import { ensureBuild, prepareScratchDatabase, sessionCookie, startServer, stopServer } from "./lib/bench-server";

const PORT = Number(process.env.BENCH_PORT ?? 3210);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const BASE = `http://127.0.0.1:${PORT}`;

type Reader = { userId: string; cookie: string; next: { stateId: string; version: number } | null };
type RunResult = { connections: number; rps: number; p50: number; p99: number; requests: number; recorded: number; errors: number; non2xx: number };

/** Every idempotency key sent, and those the server answered "recorded" for. */
const sentKeys = new Set<string>();
const acknowledged = new Set<string>();

async function run(title: string, path: string, readers: Reader[], connections: number, review: boolean): Promise<RunResult> {
  let recorded = 0;
  let assigned = 0;
  let n = 0;
  const result = await autocannon({
    // 409s are expected when two connections play the same reader (50 connections, 50 readers: none).
    url: BASE,
    connections,
    duration: SECONDS,
    timeout: 60,
    requests: [
      {
        method: "POST",
        path,
        setupRequest: (req, ctx) => {
          // Each connection plays one reader, grading the card the server last said was next.
          const context = ctx as { reader?: Reader; key?: string };
          const reader = (context.reader ??= readers[assigned++ % readers.length]);
          context.key = `bench-${Date.now()}-${Math.random().toString(36).slice(2)}`;
          if (review && reader.next) sentKeys.add(context.key);
          const body = review && reader.next
            ? JSON.stringify({ stateId: reader.next.stateId, version: reader.next.version, grade: 1 + (n++ % 3), durationMs: 3000, idempotencyKey: context.key })
            : "{}";
          return { ...req, body, headers: { ...req.headers, cookie: reader.cookie, "content-type": "application/json" } };
        },
        onResponse: (status, body, ctx) => {
          const context = ctx as { reader: Reader; key: string };
          if (!review || status !== 200) return;
          const data = JSON.parse(body) as { recorded: boolean; state: { card: { stateId: string; version: number } | null } };
          if (data.recorded) {
            recorded++;
            acknowledged.add(context.key);
          }
          context.reader.next = data.state.card ? { stateId: data.state.card.stateId, version: data.state.card.version } : null;
        },
      },
    ],
  });
  const r: RunResult = {
    connections,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    recorded,
    errors: result.errors,
    non2xx: result.non2xx,
  };
  console.log(`${title.padEnd(28)} ${String(connections).padStart(5)} ${String(r.rps).padStart(7)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.requests).padStart(9)} ${String(r.non2xx + r.errors).padStart(7)}`);
  return r;
}

async function main() {
  const url = await prepareScratchDatabase("./prisma/bench-review.db");
  // Imported after DATABASE_URL names the scratch database: server/db.ts reads it when first loaded.
  const { createPrismaClient } = await import("../server/db");
  const { createUser } = await import("../server/services/create-user");
  const db = await createPrismaClient(url);
  const readers: Reader[] = [];
  for (let i = 0; i < 50; i++) {
    // Default settings: 20 new cards a day; graded learning cards come back within the learn-ahead window.
    const u = await createUser({ email: `bench-${i}@example.com`, password: "password123", name: "" });
    readers.push({ userId: u.id, cookie: await sessionCookie(u.id, u.email), next: null });
  }
  ensureBuild();
  const server = await startServer(PORT, url);
  try {
    // A malformed grading is refused before anything is written (the route validates first).
    const bad = await fetch(`${BASE}/api/reviews`, { method: "POST", headers: { cookie: readers[0].cookie, "content-type": "application/json" }, body: "{}" });
    if (bad.status !== 400) throw new Error(`expected a validation error, got ${bad.status}`);
    for (const r of readers) {
      // Each reader starts on their first new card, as the study page would show it.
      const first = await db.cardState.findFirstOrThrow({ where: { userId: r.userId }, orderBy: { card: { rank: "asc" } } });
      r.next = { stateId: first.id, version: first.version };
    }
    console.log(`route                        conns     rps  p50(ms)  p99(ms)  requests  errors`);
    const base10 = await run("baseline: auth + 1 write", "/api/bench/write", readers, 10, false);
    const rev10 = await run("review: grade + next card", "/api/reviews", readers, 10, true);
    await run("baseline: auth + 1 write", "/api/bench/write", readers, 50, false);
    await run("review: grade + next card", "/api/reviews", readers, 50, true);
    const logs = await db.reviewLog.findMany({ select: { idempotencyKey: true } });
    const logged = logs.length;
    const loggedKeys = new Set(logs.map((l) => l.idempotencyKey));
    // Requests still in flight when a run's time is up are answered after autocannon stops listening:
    // they count as submitted when the server logged them.
    const submitted = new Set([...acknowledged, ...[...sentKeys].filter((k) => loggedKeys.has(k))]).size;
    const missing = [...acknowledged].filter((k) => !loggedKeys.has(k)).length;
    const foreign = logs.filter((l) => !l.idempotencyKey || !sentKeys.has(l.idempotencyKey)).length;
    const exact = missing === 0 && foreign === 0 && loggedKeys.size === logged && logged === submitted;
    console.log(`\nreviews acknowledged: ${acknowledged.size} (+${submitted - acknowledged.size} answered after the run's end), logs: ${logged}, acknowledged but not logged: ${missing}, logged twice or unknown: ${logged - loggedKeys.size + foreign} → ${exact ? "every review logged exactly once" : "MISMATCH"}`);
    console.log(`review throughput at 10 connections: ${Math.round((rev10.rps / Math.max(1, base10.rps)) * 100)} % of the baseline's`);
    console.log(JSON.stringify({ connections: 10, rps: rev10.rps, p50_ms: rev10.p50, p99_ms: rev10.p99, submitted, logged, baseline_rps: base10.rps }));
    if (!exact) process.exitCode = 1;
  } finally {
    await stopServer(server);
    await db.$disconnect();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
