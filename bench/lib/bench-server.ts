/**
 * Benchmark plumbing: a scratch database prepared by the same code as `npm start`, the production build,
 * `next start` on a local port, and session cookies minted with the server's secret.
 */
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { deleteSqliteFile } from "../../scripts/schema-engine";
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

export function ensureBuild(): void {
  if (process.env.BENCH_SKIP_BUILD && existsSync(".next/BUILD_ID")) return;
  if (!buildNext({ stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } })) throw new Error("next build failed");
}

export async function startServer(port: number, databaseUrl: string): Promise<ChildProcess> {
  const child = startNext(port, {
    host: "127.0.0.1",
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: BENCH_SECRET, AUTH_TRUST_HOST: "true", BENCH_ROUTES: "1", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
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
 * A session cookie for a user, as Auth.js would set it after sign-in. `sessionVersion` must be the user's
 * (0 for an account nobody signed out of), or the server refuses the token (see README, Security).
 */
export async function sessionCookie(userId: string, email: string, sessionVersion = 0): Promise<string> {
  const token = await encode({ token: { sub: userId, uid: userId, sv: sessionVersion, email }, secret: BENCH_SECRET, salt: SESSION_COOKIE });
  return `${SESSION_COOKIE}=${token}`;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
