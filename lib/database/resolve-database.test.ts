import { describe, expect, test } from "vitest";
import { parsePostgresUrl, resolveDatabase } from "./resolve-database";

describe("resolveDatabase", () => {
  test.each([
    [undefined, "sqlite"],
    ["", "sqlite"],
    ["file:./x.db", "sqlite"],
    ["postgresql://u@localhost/db", "postgres"],
    ["postgres://u@localhost/db", "postgres"],
  ])("%s → %s", (url, provider) => {
    expect(resolveDatabase(url).provider).toBe(provider);
  });

  test("default SQLite path", () => {
    const db = resolveDatabase(undefined);
    expect(db.provider === "sqlite" && db.filePath).toBe("./prisma/dev.db");
  });

  test("refuses an unknown scheme", () => {
    expect(() => resolveDatabase("mysql://x")).toThrow(/DATABASE_URL/);
  });
});

describe("parsePostgresUrl", () => {
  test("splits every field", () => {
    expect(parsePostgresUrl("postgresql://me:p%40ss@db.local:6543/app?schema=s1")).toEqual({
      host: "db.local",
      port: 6543,
      user: "me",
      password: "p@ss",
      database: "app",
      schema: "s1",
    });
  });
  test("defaults", () => {
    expect(parsePostgresUrl("postgresql://127.0.0.1/test")).toMatchObject({ port: 5432, user: "postgres", password: undefined });
  });
});
