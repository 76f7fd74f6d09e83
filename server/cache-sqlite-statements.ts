import "server-only";

import type Database from "better-sqlite3";

type Statement = Database.Statement<unknown[]>;

/** Statements kept per connection: Prisma's queries are few and repeat (their parameters are bound). */
const MAX_STATEMENTS = 500;

/**
 * Makes a better-sqlite3 connection reuse its prepared statements. Prisma's SQLite adapter prepares every
 * query afresh (`prepare(sql).bind(args)`, then `run()`, or `columns()` and `raw().all()`): parsing and
 * planning the SQL each time cost ~8 % of a grading request's CPU. Here `prepare` returns a light view of
 * a cached statement that passes the arguments at call time instead (better-sqlite3's `bind` is once-only
 * per statement), and a statement's columns are read once. Safe because every use is synchronous: a
 * statement is never in use twice at once. The least recently prepared statements go past MAX_STATEMENTS.
 * Returns the connection's own `prepare`, for code that keeps its statements itself.
 */
export function cacheSqliteStatements(connection: Database.Database): (sql: string) => Statement {
  const prepare = connection.prepare.bind(connection) as (sql: string) => Statement;
  const cache = new Map<string, Statement>();
  const cached = (sql: string): Statement => {
    let stmt = cache.get(sql);
    if (stmt) {
      cache.delete(sql);
    } else {
      stmt = prepare(sql);
      if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
    }
    cache.set(sql, stmt);
    return stmt;
  };
  // A statement's result columns are fixed once it is prepared; the adapter asks for them on every query.
  const columns = new WeakMap<Statement, ReturnType<Statement["columns"]>>();
  const columnsOf = (stmt: Statement) => {
    let c = columns.get(stmt);
    if (!c) columns.set(stmt, (c = stmt.columns()));
    return c;
  };
  const bound = (stmt: Statement, args: unknown[]) => ({
    reader: stmt.reader,
    run: () => stmt.run(...args),
    columns: () => columnsOf(stmt),
    raw: () => ({ all: () => stmt.raw(true).all(...args) }),
    all: () => stmt.raw(false).all(...args),
    get: () => stmt.raw(false).get(...args),
  });
  connection.prepare = ((sql: string) => {
    const stmt = cached(sql);
    return { ...bound(stmt, []), bind: (...args: unknown[]) => bound(stmt, args.length === 1 && Array.isArray(args[0]) ? args[0] : args) };
  }) as unknown as typeof connection.prepare;
  return prepare;
}
