import "server-only";

import type { SqlDriverAdapter, Transaction } from "@prisma/driver-adapter-utils";

/**
 * Keeps every other query out of an open SQLite transaction. The SQLite adapter runs all queries on one
 * connection and only queues transactions behind each other: a query from another request, issued while
 * a transaction waits between two of its statements, runs inside that transaction, so it reads uncommitted
 * rows, and its write is silently undone if the transaction rolls back (a refused grade, for instance,
 * after the other request was told its write succeeded). Here a query outside a transaction waits until
 * no transaction is open or pending. Inside `db.$transaction(async (tx) => …)`, use only `tx`: a query on
 * `db` there would wait for the transaction it is part of (Prisma's transaction timeout then ends it).
 * PostgreSQL needs none of this: each transaction has its own connection from the pool.
 */
export function serializeSqliteTransactions(adapter: SqlDriverAdapter): { runWhenIdle: <R>(run: () => R | PromiseLike<R>) => Promise<R> } {
  let open = 0;
  let idle: Promise<void> = Promise.resolve();
  let wake = () => {};
  const begin = () => {
    if (open++ === 0) idle = new Promise((resolve) => (wake = resolve));
  };
  const end = () => {
    if (--open === 0) wake();
  };
  // `run` is called in the same turn as the last check: a transaction that begins meanwhile cannot slip in
  // between (the adapter's statements run synchronously when its method is called).
  const runWhenIdle = async <R>(run: () => R | PromiseLike<R>): Promise<R> => {
    while (open > 0) await idle;
    return run();
  };
  const outside =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      runWhenIdle(() => run(...args));
  adapter.queryRaw = outside(adapter.queryRaw.bind(adapter));
  adapter.executeRaw = outside(adapter.executeRaw.bind(adapter));
  adapter.executeScript = outside(adapter.executeScript.bind(adapter));
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    begin();
    let tx: Transaction;
    try {
      tx = await startTransaction(isolationLevel);
    } catch (e) {
      end();
      throw e;
    }
    let ended = false;
    const finish =
      <R>(run: () => Promise<R>) =>
      async (): Promise<R> => {
        try {
          return await run();
        } finally {
          if (!ended) {
            ended = true;
            end();
          }
        }
      };
    tx.commit = finish(tx.commit.bind(tx));
    tx.rollback = finish(tx.rollback.bind(tx));
    return tx;
  };
  // For code that uses the connection directly: pass it a synchronous function (nothing can interleave).
  return { runWhenIdle };
}
