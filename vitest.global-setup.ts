/**
 * Gives the database tests a fresh, migrated database: TEST_DATABASE_URL (a local PostgreSQL database in CI)
 * or a scratch SQLite file. Migrations run through the same WebAssembly engine as `npm start`.
 */
import path from "node:path";
import { resolveDatabase } from "./lib/database/resolve-database";
import { assertLocalDatabase } from "./scripts/e2e-guard";
import { deleteSqliteFile, loadMigrations, NO_FILTER, openEngine } from "./scripts/schema-engine";

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "file:./prisma/test.db";

export default async function setup(): Promise<void> {
  assertLocalDatabase(TEST_DATABASE_URL);
  const db = resolveDatabase(TEST_DATABASE_URL);
  if (db.provider === "sqlite") deleteSqliteFile(path.resolve(db.filePath));
  const ctx = await openEngine(TEST_DATABASE_URL);
  try {
    if (db.provider === "postgres") await ctx.engine.reset({ filter: NO_FILTER });
    await ctx.engine.applyMigrations({ migrationsList: loadMigrations(ctx.migrationsDir), filters: NO_FILTER });
  } finally {
    await ctx.close();
  }
}
