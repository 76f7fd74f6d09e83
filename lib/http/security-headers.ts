/** What the security headers of one response depend on. */
export type SecurityHeaderInput = {
  /** A fresh, unguessable value per request; Next.js puts it on every script it renders. */
  nonce: string;
  /** Whether the browser reached us over HTTPS (directly or through a TLS-terminating proxy). */
  https: boolean;
  /** The development server evaluates code for fast refresh, which a production CSP forbids. */
  development: boolean;
  /** API responses are data: stricter policy, never cached. */
  api: boolean;
};

/**
 * The Content-Security-Policy of a page. Scripts run only with this response's nonce ('strict-dynamic'
 * lets Next's own chunks load further chunks). Style elements need the nonce too, but style *attributes*
 * are allowed: React and recharts render widths and chart geometry as `style="…"`, which a nonce cannot
 * cover, and an attribute cannot run code.
 *
 * @example buildContentSecurityPolicy({ nonce: "abc", https: false, development: false, api: false })
 */
export function buildContentSecurityPolicy({ nonce, https, development, api }: SecurityHeaderInput): string {
  if (api) return "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Every security header of one response, by name. HSTS only over HTTPS: over HTTP browsers ignore it. */
export function buildSecurityHeaders(input: SecurityHeaderInput): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": buildContentSecurityPolicy(input),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
  };
  if (input.https) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  if (input.api) headers["Cache-Control"] = "no-store";
  return headers;
}

/** A nonce of 128 random bits, base64-encoded (the CSP grammar's base64-value). */
export function makeNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Whether the request reached the site over HTTPS: the first `X-Forwarded-Proto` a proxy set, else the
 * request's own scheme. A client that fakes the header over plain HTTP only gets an HSTS header its
 * browser ignores on HTTP.
 */
export function isHttpsRequest(forwardedProto: string | null, protocol: string): boolean {
  const first = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  return first ? first === "https" : protocol === "https:";
}
