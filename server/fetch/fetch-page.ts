import "server-only";

import dns from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { classifyAddress, parseAllowHosts, type AddressClass } from "@/lib/articles/classify-address";
import { FetchPageError } from "@/server/fetch/fetch-page-error";

export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
export const MAX_REDIRECTS = 5;

/** A fetched page's final address, what it is, and its decoded text. */
export interface FetchedPage {
  url: string;
  kind: "html" | "text";
  body: string;
}

export type ResolveHost = (hostname: string) => Promise<{ address: string; family: number }[]>;

export interface FetchPageOptions {
  /** Host names fetched whatever their address; defaults to NEWSDECK_FETCH_ALLOW_HOSTS. */
  allowHosts?: string[];
  /** DNS resolution; defaults to the system resolver (getaddrinfo, every address). */
  resolve?: ResolveHost;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

const REFUSED: Record<Exclude<AddressClass, "public">, string> = {
  loopback: "a loopback address (this server itself)",
  private: "a private network address",
  "link-local": "a link-local address",
  cgnat: "a carrier-grade NAT address",
  multicast: "a multicast address",
  unspecified: "an unspecified address",
  metadata: "a cloud metadata address",
  reserved: "a reserved address",
  invalid: "an address that is not valid",
};

const systemResolve: ResolveHost = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

/**
 * Fetches a reader's link for its article, as a hostile input: http(s) only, every host's addresses checked
 * after DNS resolution and the connection pinned to the checked address (DNS rebinding cannot swap it),
 * redirects followed by hand (each hop checked again, at most 5), 10 seconds in all, at most 5 MB counted as
 * the body streams (after decompression), and only HTML or plain text. Every failure is a FetchPageError
 * whose message a reader can act on.
 */
export async function fetchPage(link: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const allowHosts = options.allowHosts ?? parseAllowHosts(process.env.NEWSDECK_FETCH_ALLOW_HOSTS);
  const resolve = options.resolve ?? systemResolve;
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_PAGE_BYTES;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timedOut = new Promise<never>((_, reject) =>
    controller.signal.addEventListener("abort", () => reject(new FetchPageError("timeout", `The site did not answer within ${timeoutMs / 1000} seconds.`))),
  );
  timedOut.catch(() => undefined);
  try {
    let url = parseLink(link);
    for (let redirects = 0; ; redirects++) {
      const target = await Promise.race([pickAddress(url, allowHosts, resolve), timedOut]);
      const response = await Promise.race([send(url, target, controller.signal), timedOut]);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304 && response.headers.location) {
        response.destroy();
        if (redirects >= maxRedirects) {
          throw new FetchPageError("too-many-redirects", `The link redirected more than ${maxRedirects} times; NewsDeck stops there.`);
        }
        url = parseLink(new URL(response.headers.location, url).href);
        continue;
      }
      if (status === 404 || status === 410) {
        response.destroy();
        throw new FetchPageError("not-found", `The page was not found (HTTP ${status}). Check the link.`);
      }
      if (status < 200 || status >= 300) {
        response.destroy();
        throw new FetchPageError("http", `The site answered with an error (HTTP ${status}).`);
      }
      const kind = pageKind(response);
      const bytes = await Promise.race([readBody(response, maxBytes), timedOut]);
      return { url: url.href, kind, body: decode(bytes, response.headers["content-type"], kind) };
    }
  } catch (error) {
    if (controller.signal.aborted) throw new FetchPageError("timeout", `The site did not answer within ${timeoutMs / 1000} seconds.`, error);
    if (error instanceof FetchPageError) throw error;
    throw networkError(error, link);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

function parseLink(link: string): URL {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    throw new FetchPageError("invalid-url", "That is not a web address. Paste a link that starts with http:// or https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchPageError("invalid-url", "Only http:// and https:// links can be fetched.");
  }
  if (url.username || url.password) throw new FetchPageError("invalid-url", "Links with a user name or password are not fetched.");
  return url;
}

/** The one address the request will connect to, after every address of the host has been checked. */
async function pickAddress(url: URL, allowHosts: string[], resolve: ResolveHost): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const allowed = allowHosts.includes(host);
  let addresses: { address: string; family: number }[];
  if (isIP(host)) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      throw new FetchPageError("dns", `Could not find the site ${host}. Check the link.`, error);
    }
    if (addresses.length === 0) throw new FetchPageError("dns", `Could not find the site ${host}. Check the link.`);
  }
  if (!allowed) {
    for (const { address } of addresses) {
      const kind = classifyAddress(address);
      if (kind !== "public") {
        throw new FetchPageError("blocked", `That link leads to ${address}, ${REFUSED[kind]}: NewsDeck does not fetch from such addresses.`);
      }
    }
  }
  return addresses[0];
}

function send(url: URL, target: { address: string; family: number }, signal: AbortSignal): Promise<http.IncomingMessage> {
  // Pinned: whatever the socket asks, it gets the address that was checked.
  const lookup = ((_host: string, opts: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (opts?.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  }) as unknown as LookupFunction;
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: "GET",
        agent: false, // a fresh connection per hop: no pooled socket to another address
        lookup,
        signal,
        headers: {
          "user-agent": "NewsDeck/0.1 (reads one article a reader asked for)",
          accept: "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8",
          "accept-encoding": "gzip, deflate, br",
        },
      },
      resolve,
    );
    request.on("error", reject);
    request.end();
  });
}

function pageKind(response: http.IncomingMessage): FetchedPage["kind"] {
  const header = response.headers["content-type"];
  const type = (header ?? "").split(";")[0].trim().toLowerCase();
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type === "text/plain") return "text";
  response.destroy();
  if (!type) throw new FetchPageError("unsupported-type", "The site did not say what kind of document this is; only web pages (HTML) and plain text can be added from a link.");
  const hint = type === "application/pdf" ? " Download the PDF and add it as a file instead." : "";
  throw new FetchPageError("unsupported-type", `That link leads to ${type} content, not a web page: only HTML pages and plain text can be added from a link.${hint}`);
}

async function readBody(response: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooBig = () => new FetchPageError("too-big", `The page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, the limit for a link.`);
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooBig();
  }
  const encoding = String(response.headers["content-encoding"] ?? "identity").toLowerCase().trim();
  let stream: Readable = response;
  if (encoding === "gzip" || encoding === "x-gzip") stream = response.pipe(zlib.createGunzip());
  else if (encoding === "deflate") stream = response.pipe(zlib.createInflate());
  else if (encoding === "br") stream = response.pipe(zlib.createBrotliDecompress());
  if (stream !== response) response.on("error", (e) => stream.destroy(e));

  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) throw tooBig();
      chunks.push(chunk as Buffer);
    }
  } finally {
    if (total > maxBytes) {
      stream.destroy();
      response.destroy();
    }
  }
  return Buffer.concat(chunks);
}

function decode(bytes: Buffer, contentType: string | undefined, kind: FetchedPage["kind"]): string {
  let charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? "")?.[1];
  if (!charset && kind === "html") {
    const head = bytes.subarray(0, 2048).toString("latin1");
    charset = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  }
  try {
    return new TextDecoder(charset ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

function networkError(error: unknown, link: string): FetchPageError {
  const code = (error as { code?: string })?.code ?? "";
  let host = link;
  try {
    host = new URL(link).hostname;
  } catch {
    // keep the link as typed
  }
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return new FetchPageError("dns", `Could not find the site ${host}. Check the link.`, error);
  if (/CERT|SSL|TLS|SELF_SIGNED/i.test(code)) return new FetchPageError("tls", `The secure connection to ${host} could not be verified.`, error);
  if (code === "Z_DATA_ERROR" || code === "ERR_STREAM_PREMATURE_CLOSE") {
    return new FetchPageError("unreachable", `The page from ${host} arrived damaged or incomplete. Try again later.`, error);
  }
  return new FetchPageError("unreachable", `Could not connect to ${host}${code ? ` (${code})` : ""}. Check the link or try again later.`, error);
}
