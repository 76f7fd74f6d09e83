/**
 * Migrations without Prisma's native engine: `tsx scripts/migrate.ts <deploy|status|reset|dev> [--name N] [--create-only]`.
 * Same migrations folder and `_prisma_migrations` table as `prisma migrate`; see README "Database".
 */
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { deleteSqliteFile, loadMigrations, loadSchemaFiles, NO_FILTER, openEngine, type EngineContext } from "./schema-engine";
import { loadEnvFile } from "./env-file";

/** A migration failure in words: the engine reports a locked SQLite file as an unknown "SocketTimeout" variant. */
export function explainMigrationError(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/SocketTimeout|database is locked|SQLITE_BUSY/.test(message)) {
    return "The database is locked by another process (is the app already running?). Stop it and try again.";
  }
  return message;
}

async function withEngine<T>(fn: (ctx: EngineContext) => Promise<T>): Promise<T> {
  const ctx = await openEngine(process.env.DATABASE_URL);
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}

/** Applies every pending migration; returns their names. */
export async function deploy(): Promise<string[]> {
  return withEngine(async ({ engine, migrationsDir }) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: loadMigrations(migrationsDir),
      filters: NO_FILTER,
    });
    return appliedMigrationNames;
  });
}

async function status(): Promise<number> {
  return withEngine(async ({ engine, migrationsDir }) => {
    const migrationsList = loadMigrations(migrationsDir);
    // On a new database the history table does not exist yet; applying an empty list creates it.
    await engine.applyMigrations({ migrationsList: { ...migrationsList, migrationDirectories: [] }, filters: NO_FILTER });
    const out = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTER });
    const names = migrationsList.migrationDirectories.map((d) => d.path);
    console.log(`${names.length} migration(s) in ${path.relative(process.cwd(), migrationsDir)}`);
    if (out.failedMigrationNames.length) console.log(`Failed: ${out.failedMigrationNames.join(", ")}`);
    if (out.editedMigrationNames.length) console.log(`Edited after being applied: ${out.editedMigrationNames.join(", ")}`);
    const h = out.history;
    if (!h) {
      console.log("Database schema is up to date.");
      return out.failedMigrationNames.length ? 1 : 0;
    }
    if (h.diagnostic === "databaseIsBehind") console.log(`Not yet applied: ${h.unappliedMigrationNames.join(", ")}`);
    else if (h.diagnostic === "migrationsDirectoryIsBehind") console.log(`Applied but missing here: ${h.unpersistedMigrationNames.join(", ")}`);
    else console.log(`Histories diverge after ${h.lastCommonMigrationName ?? "the start"}`);
    return 1;
  });
}

async function reset(): Promise<void> {
  const ctx = await openEngine(process.env.DATABASE_URL);
  try {
    if (ctx.db.provider === "sqlite") {
      await ctx.close();
      deleteSqliteFile(path.resolve(ctx.db.filePath));
    } else {
      await ctx.engine.reset({ filter: NO_FILTER });
      await ctx.close();
    }
  } catch (e) {
    await ctx.close();
    throw e;
  }
  const applied = await deploy();
  console.log(`Database reset; applied ${applied.length} migration(s).`);
}

/** Creates (and unless --create-only, applies) a migration for the difference between schema and history. */
async function dev(name: string, createOnly: boolean): Promise<void> {
  await withEngine(async ({ engine, migrationsDir, schemaDir, db }) => {
    let migrationsList = loadMigrations(migrationsDir);
    const pending = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    if (pending.appliedMigrationNames.length) console.log(`Applied: ${pending.appliedMigrationNames.join(", ")}`);
    // Diagnose again after applying: the engine needs a fresh look before it opens its shadow database.
    const { action } = await engine.devDiagnostic({ migrationsList, filters: NO_FILTER });
    if (action.tag === "reset") {
      throw new Error(`The database needs a reset (${action.reason}). Run \`npm run db:reset\` (it deletes all data).`);
    }
    const schema = { files: loadSchemaFiles(schemaDir) };
    const out = await engine.createMigration({ draft: createOnly, migrationName: name, migrationsList, schema, filters: NO_FILTER });
    if (!out.migrationScript) {
      console.log("Already in sync: no migration created.");
      return;
    }
    const dir = path.join(migrationsDir, out.generatedMigrationName);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `migration.${out.extension}`), out.migrationScript);
    const lock = path.join(migrationsDir, "migration_lock.toml");
    if (!existsSync(lock)) {
      const provider = db.provider === "postgres" ? "postgresql" : "sqlite";
      writeFileSync(lock, `# Written by scripts/migrate.ts; keep it in version control.\nprovider = "${provider}"\n`);
    }
    console.log(`Created ${path.relative(process.cwd(), dir)}`);
    if (!createOnly) {
      migrationsList = loadMigrations(migrationsDir);
      const applied = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
      console.log(`Applied: ${applied.appliedMigrationNames.join(", ") || "(none)"}`);
    }
  });
}

async function main(): Promise<void> {
  loadEnvFile();
  const [command, ...rest] = process.argv.slice(2);
  const nameAt = rest.indexOf("--name");
  const name = nameAt >= 0 ? (rest[nameAt + 1] ?? "") : "migration";
  switch (command) {
    case "deploy": {
      const applied = await deploy();
      console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "No pending migrations.");
      return;
    }
    case "status":
      process.exitCode = await status();
      return;
    case "reset":
      return reset();
    case "dev":
      return dev(name.replace(/[^a-zA-Z0-9_]/g, "_"), rest.includes("--create-only"));
    default:
      console.error("usage: tsx scripts/migrate.ts <deploy|status|reset|dev> [--name NAME] [--create-only]");
      process.exitCode = 2;
  }
}

if (process.argv[1] && /migrate\.ts$/.test(process.argv[1])) {
  main().catch((e: unknown) => {
    console.error(explainMigrationError(e));
    process.exit(1);
  });
}
