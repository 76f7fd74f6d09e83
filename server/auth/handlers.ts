import "server-only";

import { NextResponse, type NextRequest } from "next/server";
import { formatRetryAfter } from "@/lib/rate-limit/format-retry-after";
import { handlers } from "@/server/auth/auth";
import { retryAfterOfRedirect, TOO_MANY_SIGN_INS } from "@/server/auth/rate-limited-sign-in";

/** Where an Auth.js response sends the browser: its Location header, or `url` in its JSON form. */
async function redirectOf(response: Response): Promise<string | null> {
  const location = response.headers.get("Location");
  if (location) return location;
  if (!response.headers.get("Content-Type")?.includes("application/json")) return null;
  try {
    const body: unknown = await response.clone().json();
    return body && typeof body === "object" && "url" in body && typeof body.url === "string" ? body.url : null;
  } catch {
    return null;
  }
}

export const { GET } = handlers;

/** Auth.js's POST endpoints; a sign-in the rate limit refused is answered 429 with Retry-After instead of a redirect. */
export async function POST(request: NextRequest): Promise<Response> {
  const response = await handlers.POST(request);
  const wait = retryAfterOfRedirect(await redirectOf(response));
  if (wait === null) return response;
  return NextResponse.json(
    { error: formatRetryAfter(TOO_MANY_SIGN_INS, wait) },
    { status: 429, headers: { "Retry-After": String(wait), "Cache-Control": "no-store" } },
  );
}
