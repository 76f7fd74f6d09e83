/**
 * The end-to-end suite's web server: a fresh database (local only), migrated and seeded through the same
 * code as `npm start`, then the production build. E2E_SKIP_BUILD=1 reuses an existing build.
 */
import path from "node:path";
import { resolveDatabase } from "../lib/database/resolve-database";
import { deleteSqliteFile, NO_FILTER, openEngine } from "./schema-engine";
import { assertLocalDatabase } from "./e2e-guard";
import { buildNext, serveNext } from "./next-process";
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
  if (!process.env.E2E_SKIP_BUILD && !buildNext()) process.exit(1);
  serveNext(process.env.PORT ?? "3100", "127.0.0.1");
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
