/** The flags of `npm run bench:load`, with their defaults (the full size). */
import { parseArgs } from "node:util";

export type LoadFlags = {
  readers: number;
  seconds: number;
  db: "sqlite" | "postgres";
  databaseUrl: string;
  port: number;
  articleEvery: number;
  phases: ("plain" | "killed")[];
};

export const LOAD_USAGE =
  "npm run bench:load -- [--readers 50] [--seconds 60] [--db sqlite|postgres] [--database-url URL] [--port 3206] [--article-every 3] [--phases plain,killed]";

export function parseLoadFlags(argv: string[], env: Record<string, string | undefined> = {}): LoadFlags {
  const { values } = parseArgs({
    args: argv,
    options: {
      readers: { type: "string", default: "50" },
      seconds: { type: "string", default: "60" },
      db: { type: "string", default: "sqlite" },
      "database-url": { type: "string" },
      port: { type: "string", default: env.BENCH_PORT ?? "3206" },
      "article-every": { type: "string", default: "3" },
      phases: { type: "string", default: "plain,killed" },
    },
  });
  const count = (name: string, v: string, min: number) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number of at least ${min} (got "${v}"). ${LOAD_USAGE}`);
    return n;
  };
  if (values.db !== "sqlite" && values.db !== "postgres") throw new Error(`--db must be sqlite or postgres. ${LOAD_USAGE}`);
  const phases = values.phases.split(",").map((p) => p.trim());
  if (phases.length === 0 || phases.some((p) => p !== "plain" && p !== "killed")) throw new Error(`--phases lists plain and/or killed. ${LOAD_USAGE}`);
  return {
    readers: Math.floor(count("readers", values.readers, 1)),
    seconds: count("seconds", values.seconds, 2),
    db: values.db,
    databaseUrl: values["database-url"] ?? (values.db === "postgres" ? (env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/newsdeck_bench") : "file:./prisma/bench-load.db"),
    port: Math.floor(count("port", values.port, 1)),
    articleEvery: count("article-every", values["article-every"], 0.5),
    phases: phases as LoadFlags["phases"],
  };
}
