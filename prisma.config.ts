import path from "node:path";
import { defineConfig } from "prisma/config";

/**
 * Standard Prisma CLI configuration (for machines that have Prisma's native schema engine).
 * The provider follows DATABASE_URL: postgresql:// or postgres:// selects prisma/postgres, anything else
 * (or nothing) the SQLite schema in prisma/sqlite. Offline, use `npm run db:migrate` instead, which runs the
 * same migrations through the WebAssembly engine (scripts/migrate.ts).
 */
const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";
const provider = /^postgres(ql)?:\/\//.test(url) ? "postgres" : "sqlite";

export default defineConfig({
  schema: path.join("prisma", provider),
  migrations: {
    path: path.join("prisma", provider, "migrations"),
    seed: "tsx --conditions=react-server prisma/seed.ts",
  },
  datasource: { url },
});
