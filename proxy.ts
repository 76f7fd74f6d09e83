import { NextResponse, type NextRequest } from "next/server";
import { buildSecurityHeaders, isHttpsRequest, makeNonce } from "@/lib/http/security-headers";
import { PUBLIC_PATHS } from "./auth.config";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Sends visitors without a session cookie to /sign-in before a page renders. Comfort only: it never reads
 * or writes the session (that would race with sign-out's cookie deletion); pages and actions check the
 * session themselves with requireUser(). API routes answer 401 themselves.
 */
function redirectWithoutSession(request: NextRequest): NextResponse | null {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/") || PUBLIC_PATHS.includes(pathname)) return null;
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
  if (hasSession) return null;
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

/**
 * Every response gets the security headers (lib/http/security-headers.ts). Pages get a fresh nonce: the
 * CSP goes on the request too, where Next.js reads the nonce and puts it on the scripts it renders.
 */
export function proxy(request: NextRequest) {
  const headers = buildSecurityHeaders({
    nonce: makeNonce(),
    https: isHttpsRequest(request.headers.get("x-forwarded-proto"), request.nextUrl.protocol),
    development: process.env.NODE_ENV === "development",
    api: request.nextUrl.pathname.startsWith("/api/"),
  });
  let response = redirectWithoutSession(request);
  if (!response) {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("content-security-policy", headers["Content-Security-Policy"]);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
