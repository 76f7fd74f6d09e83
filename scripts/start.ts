/**
 * `npm start`: prepare the database (env, migrations, seed), build when the sources changed since the last
 * build, then serve the production build on http://localhost:3000 (PORT to change it).
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildNext, serveNext } from "./next-process";
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
  if (needsBuild() && !buildNext()) process.exit(1);
  serveNext(process.env.PORT ?? "3000");
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
