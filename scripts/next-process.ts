/** Runs the Next.js CLI of this project: `next build`, and `next start` as a child the caller waits on. */
import { spawn, spawnSync, type ChildProcess, type StdioOptions } from "node:child_process";

const nextBin = () => require.resolve("next/dist/bin/next");

/** `next build`; false when it failed. */
export function buildNext(options: { stdio?: StdioOptions; env?: NodeJS.ProcessEnv } = {}): boolean {
  const r = spawnSync(process.execPath, [nextBin(), "build"], { stdio: options.stdio ?? "inherit", env: options.env ?? process.env });
  return r.status === 0;
}

/** `next start` on a port (and host, when given). */
export function startNext(port: string | number, options: { host?: string; stdio?: StdioOptions; env?: NodeJS.ProcessEnv } = {}): ChildProcess {
  const args = [nextBin(), "start", "-p", String(port), ...(options.host ? ["-H", options.host] : [])];
  return spawn(process.execPath, args, { stdio: options.stdio ?? "inherit", env: options.env ?? process.env });
}

/** Serves in the foreground: signals go to the server, and this process exits with it. */
export function serveNext(port: string | number, host?: string): void {
  const child = startNext(port, { host });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  child.on("exit", (code) => process.exit(code ?? 0));
}
