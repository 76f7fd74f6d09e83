import { resolveDatabase } from "../lib/database/resolve-database";

/** Refuses to wipe anything but a database on this machine (tests reset the database they are given). */
export function assertLocalDatabase(url: string | undefined): void {
  const db = resolveDatabase(url);
  if (db.provider === "sqlite") return;
  const host = new URL(db.url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to reset a non-local database (${host}) for tests.`);
  }
}
