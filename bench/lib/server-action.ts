/**
 * Calls the app's server actions over HTTP as the browser does: the action's id from the build's manifest,
 * its arguments encoded by React's own `encodeReply` (JSON, or multipart when a FormData is among them) and
 * the answer decoded by React's Flight client, both from the copy Next ships, so the request is the one a
 * page would send.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

type FlightClient = {
  encodeReply(value: unknown): Promise<string | FormData>;
  createFromFetch<T>(response: Promise<Response>, options: unknown): Promise<T>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Next's own compiled Flight client has no types
const flight = require("next/dist/compiled/react-server-dom-webpack/client.node") as FlightClient;

type ManifestEntry = { exportedName?: string; filename?: string };

/** `exportedName` → action id, read from `<distDir>/server/server-reference-manifest.json`. */
export function readActionIds(distDir: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as { node: Record<string, ManifestEntry> };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) if (entry.exportedName) ids.set(entry.exportedName, id);
  return ids;
}

export type ActionReply<T> = { status: number; redirect: string | null; result: T | undefined };

/**
 * POSTs one server action to `page` (the route whose page uses it) with the reader's cookie. `decode`
 * false skips decoding (a redirecting form action answers with the next page's whole render).
 */
export async function callServerAction<T>(base: string, page: string, actionId: string, args: unknown[], cookie: string, decode = true): Promise<ActionReply<T>> {
  const body = await flight.encodeReply(args);
  const headers: Record<string, string> = { cookie, accept: "text/x-component", "next-action": actionId, origin: base, "sec-fetch-site": "same-origin" };
  if (typeof body === "string") headers["content-type"] = "text/plain;charset=UTF-8";
  const response = await fetch(`${base}${page}`, { method: "POST", headers, body, redirect: "manual" });
  const redirect = response.headers.get("x-action-redirect");
  if (!decode || response.status !== 200 || !(response.headers.get("content-type") ?? "").startsWith("text/x-component")) {
    await response.arrayBuffer();
    return { status: response.status, redirect, result: undefined };
  }
  const root = await flight.createFromFetch<{ a?: Promise<T> | T }>(Promise.resolve(response), { serverConsumerManifest: { moduleMap: {}, serverModuleMap: null, moduleLoading: null } });
  return { status: response.status, redirect, result: await root.a };
}
