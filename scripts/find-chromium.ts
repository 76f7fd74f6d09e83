import { existsSync } from "node:fs";

/**
 * Where a system Chromium may be: `NEWSDECK_CHROMIUM` when set (then only there), else Debian's and
 * Ubuntu's usual paths. Playwright cannot download its own browser on a machine that reaches only the npm
 * registry, so the system's comes first.
 */
export function systemChromiumCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const chosen = env.NEWSDECK_CHROMIUM?.trim();
  return chosen ? [chosen] : ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
}

/** The first system Chromium that exists, or null. */
export function findSystemChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  return systemChromiumCandidates(env).find((p) => existsSync(p)) ?? null;
}

/** Flags that let a system Chromium run in containers and CI without a GPU or a user namespace. */
export const SYSTEM_CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
