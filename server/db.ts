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

/** The SQLite connection under an adapter, once it is connected (see sqliteConnection). */
const sqliteHandles = new WeakMap<object, SqliteHandle>();
export type SqliteHandle = { connection: BetterSqlite3.Database; runWhenIdle: <R>(run: () => R | PromiseLike<R>) => Promise<R> };
const clientAdapters = new WeakMap<object, object>();

function makeClient(databaseUrl: string | undefined) {
  const db = resolveDatabase(databaseUrl);
  if (db.provider === "postgres") {
    const { schema, ...conn } = parsePostgresUrl(db.url);
    const adapter = new PrismaPg({ ...conn, max: 10 }, { schema });
    // Both generated clients expose the same API; the SQLite one's types stand for both.
    return new PostgresClient({ adapter, omit }) as unknown as SqliteClient<never, typeof omit>;
  }
  const adapter = new PrismaBetterSqlite3({ url: `file:${db.filePath}`, timeout: 15_000 });
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => {
    const connection = await connect();
    const client = (connection as unknown as { client: BetterSqlite3.Database }).client;
    cacheSqliteStatements(client);
    const { runWhenIdle } = serializeSqliteTransactions(connection);
    sqliteHandles.set(adapter, { connection: client, runWhenIdle });
    return connection;
  };
  const client = new SqliteClient({ adapter, omit });
  clientAdapters.set(client, adapter);
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
  const adapter = clientAdapters.get(client);
  if (!adapter) return null;
  let handle = sqliteHandles.get(adapter);
  if (!handle) {
    await client.$connect();
    handle = sqliteHandles.get(adapter);
  }
  return handle ?? null;
}
