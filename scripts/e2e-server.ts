/**
 * The end-to-end suite's web server: a fresh database (local only), migrated and seeded through the same
 * code as `npm start`, then the production build. E2E_SKIP_BUILD=1 reuses an existing build.
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { resolveDatabase } from "../lib/database/resolve-database";
import { deleteSqliteFile, NO_FILTER, openEngine } from "./schema-engine";
import { assertLocalDatabase } from "./e2e-guard";
import { prepareDatabase } from "./prepare-db";

async function resetDatabase(): Promise<void> {
  const url = process.env.DATABASE_URL;
  assertLocalDatabase(url);
  const db = resolveDatabase(url);
  if (db.provider === "sqlite") {
    deleteSqliteFile(path.resolve(db.filePath));
    return;
  }
  const ctx = await openEngine(url);
  try {
    await ctx.engine.reset({ filter: NO_FILTER });
  } finally {
    await ctx.close();
  }
}

async function main() {
  await resetDatabase();
  await prepareDatabase();
  const nextBin = require.resolve("next/dist/bin/next");
  if (!process.env.E2E_SKIP_BUILD) {
    const r = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const child = spawn(process.execPath, [nextBin, "start", "-p", process.env.PORT ?? "3100", "-H", "127.0.0.1"], { stdio: "inherit", env: process.env });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
