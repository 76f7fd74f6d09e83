import "server-only";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/rate-limit/client-address";

/** NEWSDECK_PROXY_HOPS: reverse proxies in front of the app that append to X-Forwarded-For (default 1). */
export function proxyHops(): number {
  const n = Number(process.env.NEWSDECK_PROXY_HOPS ?? "1");
  return Number.isInteger(n) && n >= 1 && n <= 10 ? n : 1;
}

/** The client address of a request (see lib/rate-limit/client-address.ts). */
export function addressOf(requestHeaders: Pick<Headers, "get">): string {
  return clientAddress(requestHeaders.get("x-forwarded-for"), proxyHops());
}

/** The client address of the request a server action or page is handling. */
export async function currentAddress(): Promise<string> {
  return addressOf(await headers());
}
