/**
 * Makes the database ready: writes `.env` with a random AUTH_SECRET if there is none, applies pending
 * migrations (WebAssembly schema engine), and seeds idempotently. Used by `npm start`, `npm run dev` and
 * the end-to-end set-up.
 */
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadEnvFile } from "./env-file";
import { deploy, explainMigrationError } from "./migrate";

/** Creates `.env` (or adds what it lacks) so a fresh clone runs with no manual step. */
export function ensureEnvFile(file = path.join(process.cwd(), ".env")): void {
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  const lines: string[] = [];
  if (!/^AUTH_SECRET=/m.test(current)) lines.push(`AUTH_SECRET="${randomBytes(32).toString("base64url")}"`);
  if (!/^DATABASE_URL=/m.test(current)) lines.push(`DATABASE_URL="file:./prisma/dev.db"`);
  if (!/^NEXT_TELEMETRY_DISABLED=/m.test(current)) lines.push("NEXT_TELEMETRY_DISABLED=1");
  if (lines.length === 0) return;
  if (current === "") writeFileSync(file, `# Written by scripts/prepare-db.ts on first run. Keep it out of version control.\n${lines.join("\n")}\n`);
  else appendFileSync(file, `${current.endsWith("\n") ? "" : "\n"}${lines.join("\n")}\n`);
  console.log(`Wrote ${lines.map((l) => l.split("=")[0]).join(", ")} to .env`);
}

export async function prepareDatabase(): Promise<void> {
  if (!process.env.CI_NO_ENV_FILE) ensureEnvFile();
  loadEnvFile();
  let applied: string[];
  try {
    applied = await deploy();
  } catch (e) {
    throw new Error(explainMigrationError(e));
  }
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database schema is up to date.");
  const { createPrismaClient } = await import("@/server/db");
  const { seed } = await import("@/prisma/seed");
  const db = await createPrismaClient(process.env.DATABASE_URL);
  try {
    const r = await seed(db);
    console.log(`Seeded ${r.articles} built-in article(s) with ${r.cards} card(s).`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && /prepare-db\.ts$/.test(process.argv[1])) {
  prepareDatabase().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
