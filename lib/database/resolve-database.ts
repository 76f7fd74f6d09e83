/** Which database a DATABASE_URL names. SQLite (an embedded file) unless the URL is PostgreSQL's. */
export type ResolvedDatabase =
  | { provider: "sqlite"; url: string; filePath: string }
  | { provider: "postgres"; url: string };

export const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

/**
 * Resolve a DATABASE_URL (undefined or empty means the default SQLite file).
 *
 * @example
 * resolveDatabase("postgresql://u@127.0.0.1:5432/app").provider // "postgres"
 * resolveDatabase(undefined).filePath // "./prisma/dev.db"
 */
export function resolveDatabase(url: string | undefined): ResolvedDatabase {
  const value = url && url.trim() !== "" ? url.trim() : DEFAULT_DATABASE_URL;
  if (/^postgres(ql)?:\/\//i.test(value)) return { provider: "postgres", url: value };
  if (!value.startsWith("file:")) {
    throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${value.split(":")[0]}:…"`);
  }
  return { provider: "sqlite", url: value, filePath: value.slice("file:".length) };
}

/** Connection fields of a PostgreSQL URL, passed separately (a pg connectionString would override `database`). */
export function parsePostgresUrl(url: string): {
  host: string;
  port: number;
  user: string;
  password: string | undefined;
  database: string;
  schema: string | undefined;
} {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname) || "127.0.0.1",
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || "postgres",
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
    schema: u.searchParams.get("schema") ?? undefined,
  };
}
