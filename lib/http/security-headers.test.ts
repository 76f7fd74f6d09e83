import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, buildSecurityHeaders, isHttpsRequest, makeNonce } from "./security-headers";

const page = { nonce: "bm9uY2U=", https: false, development: false, api: false };

describe("buildSecurityHeaders", () => {
  it("gives a page a nonce-only script policy that no frame may embed", () => {
    const csp = buildContentSecurityPolicy(page);
    expect(csp).toContain("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("adds HSTS and upgrade-insecure-requests only over HTTPS, no-store only on the API", () => {
    expect(buildSecurityHeaders(page)).not.toHaveProperty("Strict-Transport-Security");
    expect(buildSecurityHeaders(page)).not.toHaveProperty("Cache-Control");
    const https = buildSecurityHeaders({ ...page, https: true });
    expect(https["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
    const api = buildSecurityHeaders({ ...page, api: true });
    expect(api["Cache-Control"]).toBe("no-store");
    expect(api["Content-Security-Policy"]).toMatch(/^default-src 'none'/);
    expect(api["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("allows eval only on the development server", () => {
    expect(buildContentSecurityPolicy({ ...page, development: true })).toContain("'unsafe-eval'");
  });
});

describe("makeNonce", () => {
  it("is 128 bits of base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 200 }, makeNonce));
    expect(nonces.size).toBe(200);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("isHttpsRequest", () => {
  it("trusts the first forwarded protocol, else the request's own", () => {
    expect(isHttpsRequest("https", "http:")).toBe(true);
    expect(isHttpsRequest("HTTPS, http", "http:")).toBe(true);
    expect(isHttpsRequest("http", "https:")).toBe(false);
    expect(isHttpsRequest(null, "https:")).toBe(true);
    expect(isHttpsRequest("", "http:")).toBe(false);
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.option(fc.string()), fc.string(), (h, p) => typeof isHttpsRequest(h, p) === "boolean"));
  });
});
