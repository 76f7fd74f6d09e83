// Generates both Prisma clients (SQLite and PostgreSQL); server/db.ts picks one at run time.
// `prisma generate` never runs the schema engine, but the CLI looks for its binary first and would try to
// download it; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips that where it is offline.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
for (const provider of ["sqlite", "postgres"]) {
  execFileSync(process.execPath, [prismaCli, "generate", "--schema", `prisma/${provider}`], {
    stdio: ["ignore", "inherit", "inherit"],
    env,
  });
}
