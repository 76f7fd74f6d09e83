import "server-only";

import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type BetterSqlite3 from "better-sqlite3";
import { PrismaClient as SqliteClient } from "@/prisma/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/prisma/generated/postgres/client";
import { parsePostgresUrl, resolveDatabase } from "@/lib/database/resolve-database";
import { cacheSqliteStatements } from "@/server/cache-sqlite-statements";
import { serializeSqliteTransactions } from "@/server/serialize-sqlite-transactions";

/** Never select a password hash by accident: ask for it with `omit: { passwordHash: false }`. */
const omit = { user: { passwordHash: true } } as const;

/** Direct use of a SQLite client's connection (for `transaction`), its own uncached `prepare`, and the guard to use both under. */
export type SqliteHandle = {
  connection: BetterSqlite3.Database;
  prepare: (sql: string) => BetterSqlite3.Statement<unknown[]>;
  runWhenIdle: <R>(run: () => R | PromiseLike<R>) => Promise<R>;
};
/** Per SQLite client: its handle, once the adapter has connected (see sqliteConnection). */
const sqliteHandles = new WeakMap<object, { handle: SqliteHandle | null }>();

function makeClient(databaseUrl: string | undefined) {
  const db = resolveDatabase(databaseUrl);
  if (db.provider === "postgres") {
    const { schema, ...conn } = parsePostgresUrl(db.url);
    const adapter = new PrismaPg({ ...conn, max: 10 }, { schema });
    // Both generated clients expose the same API; the SQLite one's types stand for both.
    return new PostgresClient({ adapter, omit }) as unknown as SqliteClient<never, typeof omit>;
  }
  const adapter = new PrismaBetterSqlite3({ url: `file:${db.filePath}`, timeout: 15_000 });
  const slot: { handle: SqliteHandle | null } = { handle: null };
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => {
    const connection = await connect();
    const sqlite = (connection as unknown as { client: BetterSqlite3.Database }).client;
    const prepare = cacheSqliteStatements(sqlite);
    slot.handle = { connection: sqlite, prepare, ...serializeSqliteTransactions(connection) };
    return connection;
  };
  const client = new SqliteClient({ adapter, omit });
  sqliteHandles.set(client, slot);
  return client;
}

export type Db = ReturnType<typeof makeClient>;
export type { Prisma } from "@/prisma/generated/sqlite/client";

/** A client for an explicit database (tests, benchmarks, the seed). Disconnect it when done. */
export async function createPrismaClient(databaseUrl: string | undefined): Promise<Db> {
  const client = makeClient(databaseUrl);
  if (resolveDatabase(databaseUrl).provider === "sqlite") {
    // WAL lets readers run beside the one writer; the setting persists in the file.
    await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await client.$queryRawUnsafe("PRAGMA busy_timeout = 15000");
  }
  return client;
}

const globalForDb = globalThis as unknown as { __db?: Db };

/** The app's one client, for DATABASE_URL; cached on globalThis so dev reloads reuse it. */
export const db: Db = globalForDb.__db ?? makeClient(process.env.DATABASE_URL);
if (process.env.NODE_ENV !== "production") globalForDb.__db = db;

/**
 * The better-sqlite3 connection under a SQLite client (null on PostgreSQL), for the one hot path that
 * writes below the ORM (see submit-review-sqlite.ts). Use it only inside `runWhenIdle(() => …)`, synchronously:
 * no Prisma transaction is then open on it, nor can one open while it runs.
 */
export async function sqliteConnection(client: Db = db): Promise<SqliteHandle | null> {
  const slot = sqliteHandles.get(client);
  if (!slot) return null;
  if (!slot.handle) await client.$connect();
  return slot.handle;
}
