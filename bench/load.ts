/**
 * `npm run bench:load`: the production build (its own folder, .next-bench) on a scratch database, and N
 * simulated readers for S seconds (bench/lib/load-reader.ts: queue reads, grades, undos, quiz answers, the
 * Progress page, and an article added every few seconds). Prints throughput and p50/p99 per action and the
 * errors, then checks the database: every grade the server acknowledged stored exactly once (none if its
 * undo was acknowledged), and every card state equal to the replay of its review log. The "killed" phase
 * does the same with the server killed (SIGKILL) halfway and started again; readers wait for it, and send
 * a grade that was cut off again with its idempotency key. Each phase has readers of its own. The last
 * line is JSON. Not part of `npm test`.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { BENCH_DIST_DIR, ensureBuild, prepareScratchDatabase, prepareScratchPostgres, sessionCookie, startServer, stopServer } from "./lib/bench-server";
import { checkCardStates } from "./lib/check-card-states";
import { auditGrades, GradeLedger } from "./lib/grade-ledger";
import { formatFigures, LatencyStats } from "./lib/latency-stats";
import { runArticleAdder, runReader, type LoadContext, type LoadReader } from "./lib/load-reader";
import { parseLoadFlags } from "./lib/parse-load-flags";
import { readActionIds } from "./lib/server-action";

const flags = parseLoadFlags(process.argv.slice(2), process.env);
const BASE = `http://127.0.0.1:${flags.port}`;
/** Rate limits (where the app has them) set out of the way: one address plays every reader here. */
const SERVER_ENV = { NEWSDECK_RATE_LIMIT_ARTICLE_ADDRESS: "100000/1m", NEWSDECK_RATE_LIMIT_ARTICLE_READER: "100000/1m" };

function articleTexts(): { title: string; text: string }[] {
  const dir = path.join("lib", "generation", "eval", "articles");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .slice(0, 8)
    .map((f) => ({ title: f.replace(/\.txt$/, "").replace(/-/g, " "), text: readFileSync(path.join(dir, f), "utf8") }));
}

/** A seeded generator, so a run's mix of actions can be repeated. */
function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

async function portClosed(): Promise<void> {
  for (;;) {
    try {
      await fetch(`${BASE}/api/health`);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Each route once, unmeasured: a fresh server loads a route's code on its first request. */
async function warmUp(cookie: string): Promise<void> {
  for (const page of ["/api/study", "/study", "/quiz", "/progress", "/articles"]) await (await fetch(`${BASE}${page}`, { headers: { cookie } })).arrayBuffer();
}

async function main() {
  const url = flags.db === "postgres" ? await prepareScratchPostgres(flags.databaseUrl) : await prepareScratchDatabase(flags.databaseUrl.slice("file:".length));
  // Imported once DATABASE_URL names the scratch database: server/db.ts reads it when first loaded.
  const { createPrismaClient } = await import("../server/db");
  const { createUser } = await import("../server/services/create-user");
  const db = await createPrismaClient(url);
  ensureBuild();
  const actions = readActionIds(BENCH_DIST_DIR);
  const texts = articleTexts();
  console.log(`bench:load on ${flags.db}: ${flags.readers} readers, ${flags.seconds} s per phase, an article every ${flags.articleEvery} s; build in ${BENCH_DIST_DIR}`);
  let failed = false;
  for (const phase of flags.phases) {
    const killed = phase === "killed";
    const readers: LoadReader[] = [];
    for (let i = 0; i < flags.readers; i++) {
      const u = await createUser({ email: `load-${phase}-${i}@example.com`, password: "load-bench-password", name: "" });
      // The whole built-in deck in a day, so a reader does not run out of new cards within a run.
      await db.userSettings.update({ where: { userId: u.id }, data: { newPerDay: 100 } });
      readers.push({ id: u.id, cookie: await sessionCookie(u.id, u.email), cards: [], remainder: { learning: 0, review: 0, new: 0 }, idleUntil: 0, quiz: null, grades: 0 });
    }
    let server: ChildProcess = await startServer(flags.port, url, SERVER_ENV);
    await warmUp(readers[0].cookie);
    const ctx: LoadContext = {
      base: BASE,
      actions,
      stats: new LatencyStats(),
      ledger: new GradeLedger(),
      server: { epoch: 0, down: false },
      interrupted: { count: 0 },
      deadline: Date.now() + flags.seconds * 1000,
      random: seededRandom(killed ? 2 : 1),
      quizQuestions: async (userId) => {
        const q = await db.quizAttempt.findFirst({ where: { userId }, orderBy: { startedAt: "desc" }, select: { id: true, questions: true } });
        return q && { id: q.id, questions: (q.questions as { id: string; format: "multiple_choice" }[]).map(({ id, format }) => ({ id, format })) };
      },
    };
    const started = Date.now();
    let downtimeMs = 0;
    const killer = killed
      ? (async () => {
          await new Promise((r) => setTimeout(r, (flags.seconds * 1000) / 2));
          ctx.server.down = true;
          ctx.server.epoch++;
          const down = Date.now();
          await new Promise<void>((resolve) => {
            server.once("exit", () => resolve());
            server.kill("SIGKILL");
          });
          await portClosed();
          server = await startServer(flags.port, url, SERVER_ENV);
          downtimeMs = Date.now() - down;
          ctx.server.down = false;
        })()
      : Promise.resolve();
    await Promise.all([...readers.map((r) => runReader(ctx, r)), runArticleAdder(ctx, readers, texts, flags.articleEvery * 1000), killer]);
    const seconds = (Date.now() - started) / 1000;
    await stopServer(server);

    const check = await checkCardStates(db, readers.map((r) => r.id));
    const audit = auditGrades(ctx.ledger, check.storedKeys);
    console.log(`\n${killed ? `killed with SIGKILL at ${flags.seconds / 2} s, serving again after ${(downtimeMs / 1000).toFixed(1)} s` : "no fault"} (${flags.db}, ${flags.readers} readers, ${seconds.toFixed(1)} s)`);
    console.log(formatFigures(ctx.stats.figures(seconds)));
    console.log(
      `grades acknowledged ${audit.acknowledged} (undone ${audit.undone}), logs stored ${audit.stored}: lost ${audit.lost}, doubled ${audit.doubled}, undone but stored ${audit.undoneButStored}, logs no reader sent ${audit.unknown}; card states ${check.states}, out of step with their log ${check.inconsistent}; requests cut off by the kill ${ctx.interrupted.count}`,
    );
    for (const e of check.examples) console.log(`  ${e}`);
    const bad = audit.lost + audit.doubled + audit.undoneButStored + audit.unknown + check.inconsistent;
    if (bad > 0) failed = true;
    console.log(
      JSON.stringify({
        readers: flags.readers,
        seconds: flags.seconds,
        acknowledged: audit.acknowledged,
        stored: audit.stored,
        lost: audit.lost,
        doubled: audit.doubled,
        inconsistent: check.inconsistent,
        errors: ctx.stats.errors,
        killed,
        db: flags.db,
        undone: audit.undone,
        undoneButStored: audit.undoneButStored,
        requests: ctx.stats.figures(seconds).at(-1)!.count,
        interrupted: ctx.interrupted.count,
        downtimeMs,
      }),
    );
  }
  await db.$disconnect();
  if (failed) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
