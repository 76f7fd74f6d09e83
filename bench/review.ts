/**
 * `npm run bench:review`: review throughput on the production build. Seeds readers with the built-in deck
 * on a scratch SQLite database, then each connection plays one reader as the study page works: it asks
 * GET /api/study for the next cards, grades them one by one through POST /api/reviews (merging back the
 * cards that return today, picking the next with the page's own pickNextCard), and asks again when it has
 * nothing left to show. 10 connections (three alternating rounds of 10 s with the baseline; medians), then
 * 50 connections, 10 s each. Reviews per second count the whole loop (the
 * queue requests take connection time too); latencies are those of the review requests. Checks that every
 * recorded review was logged exactly once, and compares with a baseline route (authenticate + one write)
 * on the same server in the same run. Prints figures only.
 */
import autocannon from "autocannon";
import { pickNextCard } from "../lib/scheduling/pick-next-card";
import { settleGradedCard } from "../lib/scheduling/settle-graded-card";
import type { TQueueKind } from "../lib/scheduling/build-queue";
import { ensureBuild, percentile, prepareScratchDatabase, sessionCookie, startServer, stopServer } from "./lib/bench-server";

const PORT = Number(process.env.BENCH_PORT ?? 3210);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BASE = `http://127.0.0.1:${PORT}`;

type HeldCard = { stateId: string; version: number; kind: TQueueKind; due: string; siblingKey?: string | null };
type Reader = { userId: string; cookie: string; cards: HeldCard[]; remainder: Record<TQueueKind, number> };
type RunResult = { connections: number; rps: number; p50: number; p99: number; requests: number; fetches: number; recorded: number; errors: number; non2xx: number; latencies: number[] };
type Context = { reader?: Reader; key?: string; grading?: HeldCard | null; sentAt?: number };

/** Every idempotency key sent, and those the server answered "recorded" for. */
const sentKeys = new Set<string>();
const acknowledged = new Set<string>();

async function run(title: string, readers: Reader[], connections: number, review: boolean, seconds = SECONDS): Promise<RunResult> {
  let recorded = 0;
  // Readers not in flight: a request takes one and gives it back with its response, so no reader is
  // graded by two connections at once (autocannon's per-request context cannot hold one per connection).
  const free = [...readers];
  let fetches = 0;
  let n = 0;
  const latencies: number[] = [];
  const result = await autocannon({
    url: BASE,
    connections,
    duration: seconds,
    timeout: 60,
    requests: [
      {
        method: "POST",
        path: "/api/bench/write",
        setupRequest: (req, ctx) => {
          const context = ctx as Context;
          const reader = (context.reader = free.shift() ?? readers[0]);
          const headers = { ...req.headers, cookie: reader.cookie, "content-type": "application/json" };
          if (!review) return { ...req, body: "{}", headers };
          // As the page does: the next card from those held, else ask the server for more.
          const card = pickNextCard(reader.cards, reader.remainder, new Date());
          context.grading = card;
          context.sentAt = performance.now();
          if (!card) return { ...req, method: "GET", path: "/api/study", body: undefined, headers: { cookie: reader.cookie } };
          context.key = `bench-${Date.now()}-${Math.random().toString(36).slice(2)}`;
          sentKeys.add(context.key);
          const body = JSON.stringify({ stateId: card.stateId, version: card.version, grade: 1 + (n++ % 3), durationMs: 3000, idempotencyKey: context.key });
          return { ...req, path: "/api/reviews", body, headers };
        },
        onResponse: (status, body, ctx) => {
          const context = ctx as Required<Context>;
          const reader = context.reader;
          free.push(reader);
          if (!review) return;
          if (status !== 200) {
            // As the page does after a refusal (e.g. the card changed elsewhere): start again from the server's queue.
            reader.cards = [];
            reader.remainder = { learning: 0, review: 0, new: 0 };
            return;
          }
          if (!context.grading) {
            fetches++;
            const data = JSON.parse(body) as { cards: HeldCard[]; remainder: Record<TQueueKind, number> };
            reader.cards = data.cards.map(({ stateId, version, kind, due }) => ({ stateId, version, kind, due }));
            reader.remainder = data.remainder;
            return;
          }
          latencies.push(performance.now() - context.sentAt);
          const data = JSON.parse(body) as { recorded: boolean; requeue: HeldCard | null };
          if (data.recorded) {
            recorded++;
            acknowledged.add(context.key);
          }
          const requeue = data.requeue && { version: data.requeue.version, kind: data.requeue.kind, due: data.requeue.due };
          reader.cards = settleGradedCard(reader.cards, context.grading!, requeue);
        },
      },
    ],
  });
  latencies.sort((x, y) => x - y);
  const r: RunResult = {
    connections,
    rps: review ? Math.round(latencies.length / seconds) : Math.round(result.requests.average),
    p50: review ? Math.round(percentile(latencies, 50)) : result.latency.p50,
    p99: review ? Math.round(percentile(latencies, 99)) : result.latency.p99,
    requests: result.requests.total,
    fetches,
    recorded,
    errors: result.errors,
    non2xx: result.non2xx,
    latencies,
  };
  if (!title) return r;
  console.log(
    `${title.padEnd(28)} ${String(connections).padStart(5)} ${String(r.rps).padStart(7)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.requests).padStart(9)} ${String(review ? fetches : "").padStart(8)} ${String(r.non2xx + r.errors).padStart(7)}`,
  );
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
    // The whole built-in deck in a day, so no reader runs out of cards within a run.
    await db.userSettings.update({ where: { userId: u.id }, data: { newPerDay: 100 } });
    readers.push({ userId: u.id, cookie: await sessionCookie(u.id, u.email), cards: [], remainder: { learning: 0, review: 0, new: 0 } });
  }
  ensureBuild();
  const server = await startServer(PORT, url);
  try {
    // A malformed grading is refused before anything is written (the route validates first).
    const bad = await fetch(`${BASE}/api/reviews`, { method: "POST", headers: { cookie: readers[0].cookie, "content-type": "application/json" }, body: "{}" });
    if (bad.status !== 400) throw new Error(`expected a validation error, got ${bad.status}`);
    for (const r of readers) {
      // Each reader starts with the cards the study page is rendered with.
      const data = (await (await fetch(`${BASE}/api/study`, { headers: { cookie: r.cookie } })).json()) as { cards: HeldCard[]; remainder: Record<TQueueKind, number> };
      r.cards = data.cards.map(({ stateId, version, kind, due }) => ({ stateId, version, kind, due }));
      r.remainder = data.remainder;
    }
    // Both routes once, unmeasured: the first requests after start run cold (JIT, module loading).
    await run("", readers, 10, false, 3);
    await run("", readers, 10, true, 3);
    console.log(`route                        conns     rps  p50(ms)  p99(ms)  requests  fetches  errors`);
    // At 10 connections, ROUNDS alternating runs of each: one run swings ±30 % here with the machine's load,
    // so the figures are the medians over the rounds.
    const base: RunResult[] = [];
    const rev: RunResult[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      base.push(await run("baseline: auth + 1 write", readers, 10, false));
      rev.push(await run("review: study page's loop", readers, 10, true));
    }
    await run("baseline: auth + 1 write", readers, 50, false);
    await run("review: study page's loop", readers, 50, true);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const pooled = rev.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const base10 = { rps: median(base.map((r) => r.rps)), p99: median(base.map((r) => r.p99)) };
    // Each figure is the median over the rounds, as for the baseline; the pooled p99 is printed too.
    const rev10 = { rps: median(rev.map((r) => r.rps)), p50: median(rev.map((r) => r.p50)), p99: median(rev.map((r) => r.p99)), pooledP99: Math.round(percentile(pooled, 99)) };
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
    console.log(`10 connections, medians of ${ROUNDS} runs: review ${rev10.rps} req/s, baseline ${base10.rps} req/s → ${Math.round((rev10.rps / Math.max(1, base10.rps)) * 100)} % of the baseline's; review p50 ${rev10.p50} ms, p99 ${rev10.p99} ms (all rounds pooled: ${rev10.pooledP99} ms; baseline p99 ${base10.p99} ms)`);
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
