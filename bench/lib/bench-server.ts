/**
 * Benchmark plumbing: a scratch database prepared by the same code as `npm start`, the production build in
 * a folder of its own (BENCH_DIST_DIR, never the app's `.next`), `next start` on a local port serving that
 * folder, and session cookies minted with the server's secret.
 */
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { assertLocalDatabase } from "../../scripts/e2e-guard";
import { deleteSqliteFile, NO_FILTER, openEngine } from "../../scripts/schema-engine";
import { buildNext, startNext } from "../../scripts/next-process";
import { prepareDatabase } from "../../scripts/prepare-db";

export const BENCH_SECRET = "bench-only-secret-0123456789abcdef0123456789";
export const SESSION_COOKIE = "authjs.session-token";

export async function prepareScratchDatabase(file: string): Promise<string> {
  const url = `file:${file}`;
  deleteSqliteFile(path.resolve(file));
  process.env.DATABASE_URL = url;
  process.env.CI_NO_ENV_FILE = "1";
  await prepareDatabase();
  return url;
}

/**
 * The benchmarks' build folder (next.config.js reads NEWSDECK_DIST_DIR): a bench run builds and serves
 * here, so an app serving `.next` meanwhile keeps the build it started with.
 */
export const BENCH_DIST_DIR = ".next-bench";

/** Empties a local PostgreSQL database (every table dropped), then prepares it as `npm start` would. */
export async function prepareScratchPostgres(url: string): Promise<string> {
  assertLocalDatabase(url);
  const ctx = await openEngine(url);
  try {
    await ctx.engine.reset({ filter: NO_FILTER });
  } finally {
    await ctx.close();
  }
  process.env.DATABASE_URL = url;
  process.env.CI_NO_ENV_FILE = "1";
  await prepareDatabase();
  return url;
}

export function ensureBuild(): void {
  if (process.env.BENCH_SKIP_BUILD && existsSync(path.join(BENCH_DIST_DIR, "BUILD_ID"))) return;
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEWSDECK_DIST_DIR: BENCH_DIST_DIR };
  if (!buildNext({ stdio: ["ignore", "ignore", "inherit"], env })) throw new Error("next build failed");
}

/** The environment of a bench server: the scratch database, the bench's build folder and secret. */
function benchServerEnv(databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: BENCH_SECRET,
    AUTH_TRUST_HOST: "true",
    BENCH_ROUTES: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    NEWSDECK_DIST_DIR: BENCH_DIST_DIR,
    ...extra,
  };
}

export async function startServer(port: number, databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<ChildProcess> {
  const child = startNext(port, { host: "127.0.0.1", stdio: ["ignore", "ignore", "inherit"], env: benchServerEnv(databaseUrl, extraEnv) });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (r.ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error("the server did not start");
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/**
 * A session cookie for a user, as Auth.js would set it after sign-in (`sv`: the session version a token
 * carries where sign-out ends sessions on the server; a new account's is 0). Minting it skips the sign-in
 * form, and so its rate limits.
 */
export async function sessionCookie(userId: string, email: string, sessionVersion = 0): Promise<string> {
  const token = await encode({ token: { sub: userId, uid: userId, email, sv: sessionVersion }, secret: BENCH_SECRET, salt: SESSION_COOKIE });
  return `${SESSION_COOKIE}=${token}`;
}

export { percentile } from "./latency-stats";
