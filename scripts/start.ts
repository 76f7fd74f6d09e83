/**
 * `npm start`: prepare the database (env, migrations, seed), build when the sources changed since the last
 * build, then serve the production build on http://localhost:3000 (PORT to change it).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { prepareDatabase } from "./prepare-db";

const SOURCES = ["app", "components", "lib", "server", "prisma/generated", "auth.config.ts", "proxy.ts", "next.config.js", "package.json"];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of readdirSync(p)) max = Math.max(max, newestMtime(path.join(p, e)));
  return max;
}

function needsBuild(): boolean {
  const marker = path.join(".next", "BUILD_ID");
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  return SOURCES.some((s) => newestMtime(s) > built);
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  await prepareDatabase();
  const nextBin = require.resolve("next/dist/bin/next");
  if (needsBuild()) {
    const r = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const port = process.env.PORT ?? "3000";
  const child = spawn(process.execPath, [nextBin, "start", "-p", port], { stdio: "inherit", env: process.env });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
