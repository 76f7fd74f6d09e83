/**
 * Runs Prisma's schema engine as WebAssembly (@prisma/schema-engine-wasm) through the app's own driver
 * adapters, so migrations work where Prisma's native engine binary cannot be downloaded. The migrations it
 * applies and the `_prisma_migrations` table it keeps are the same as the native engine's, so the
 * standard `prisma migrate` commands keep working on the same database.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";
import { parsePostgresUrl, resolveDatabase, type ResolvedDatabase } from "../lib/database/resolve-database";

export const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

export interface EngineContext {
  db: ResolvedDatabase;
  schemaDir: string;
  migrationsDir: string;
  engine: SchemaEngine;
  close(): Promise<void>;
}

/** Wraps an adapter so whole multi-statement scripts sent through executeRaw go through executeScript. */
function acceptScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === "executeRaw") {
        return async (query: { sql: string; args: unknown[] }) => {
          if (query.args.length === 0 && /;\s*\S/.test(query.sql)) {
            await target.executeScript(query.sql);
            return 0;
          }
          return target.executeRaw(query as Parameters<SqlDriverAdapter["executeRaw"]>[0]);
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** A pg pool that reports PostgreSQL's internal "char" type (OID 18) as text, which the adapter can read. */
class CharAsTextPool extends pg.Pool {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override async query(...args: any[]): Promise<any> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = await (super.query as any)(...args);
    for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  }
}

function postgresFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const { schema, ...conn } = parsePostgresUrl(url);
  const options = { schema, disposeExternalPool: true };
  const open: SqlDriverAdapter[] = [];
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async connect() {
      const adapter = await new PrismaPg(new CharAsTextPool(conn), options).connect();
      open.push(adapter);
      return adapter;
    },
    async connectToShadowDb() {
      const admin = await new PrismaPg(new CharAsTextPool(conn), { disposeExternalPool: true }).connect();
      const name = `prisma_shadow_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      // Host, port, user and database are passed separately: a connectionString would override `database`.
      const shadow = await new PrismaPg(new CharAsTextPool({ ...conn, database: name }), { disposeExternalPool: true }).connect();
      const dispose = shadow.dispose.bind(shadow);
      return new Proxy(shadow, {
        get(target, prop, receiver) {
          if (prop === "dispose") {
            return async () => {
              await dispose(); // close the shadow's connections before dropping it
              await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
              await admin.dispose();
            };
          }
          const value = Reflect.get(target, prop, receiver);
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
    },
  };
}

function sqliteFactory(filePath: string): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaBetterSqlite3({ url: `file:${filePath}` });
  return {
    provider: "sqlite",
    adapterName: inner.adapterName,
    async connect() {
      return acceptScripts(await inner.connect());
    },
    async connectToShadowDb() {
      return acceptScripts(await inner.connectToShadowDb());
    },
  };
}

/** Reads the migrations folder the way Prisma's CLI does. */
export function loadMigrations(migrationsDir: string): MigrationList {
  const dirs = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok" as const, value: readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `missing ${file}` },
        },
      };
    }),
  };
}

/** The schema files of one provider's folder, models symlink included. */
export function loadSchemaFiles(schemaDir: string): { path: string; content: string }[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith(".prisma"))
    .sort()
    .map((f) => ({ path: path.join(schemaDir, f), content: readFileSync(path.join(schemaDir, f), "utf8") }));
}

let engineReady: Promise<typeof engineBindings> | undefined;

/**
 * The package is built for bundlers (it imports the .wasm file as a module), which Node cannot do:
 * instantiate the WebAssembly module ourselves with the JS glue as its import namespace.
 */
function loadEngineBindings(): Promise<typeof engineBindings> {
  engineReady ??= (async () => {
    const glue = engineBindings as unknown as Record<string, unknown> & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const pkgJson = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm");
    const wasmPath = path.join(path.dirname(pkgJson), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return engineBindings;
  })();
  return engineReady;
}

/** Starts the engine for DATABASE_URL. Always `close()` it: an open adapter locks the SQLite file. */
export async function openEngine(databaseUrl: string | undefined, root = process.cwd()): Promise<EngineContext> {
  const db = resolveDatabase(databaseUrl);
  const schemaDir = path.join(root, "prisma", db.provider);
  const migrationsDir = path.join(schemaDir, "migrations");
  let factory: SqlMigrationAwareDriverAdapterFactory;
  if (db.provider === "sqlite") {
    mkdirSync(path.dirname(path.resolve(root, db.filePath)), { recursive: true });
    factory = sqliteFactory(path.resolve(root, db.filePath));
  } else {
    factory = postgresFactory(db.url);
  }
  // Track every adapter the engine opens, so close() can release them all.
  const opened: SqlDriverAdapter[] = [];
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const a = await factory.connect();
      opened.push(a);
      return a;
    },
    async connectToShadowDb() {
      return factory.connectToShadowDb();
    },
  };
  const datamodels = loadSchemaFiles(schemaDir).map((f) => [f.path, f.content] as [string, string]);
  const { SchemaEngine } = await loadEngineBindings();
  const engine = await SchemaEngine.new({ datamodels }, () => {}, bindMigrationAwareSqlAdapterFactory(tracking));
  return {
    db,
    schemaDir,
    migrationsDir,
    engine,
    async close() {
      engine.free();
      for (const a of opened.splice(0)) await a.dispose().catch(() => {});
    },
  };
}

/** Deletes a SQLite database file and its journals (what the native engine's reset does). */
export function deleteSqliteFile(filePath: string): void {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(filePath + suffix, { force: true });
}
