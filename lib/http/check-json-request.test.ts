import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkJsonContentType, checkSameOrigin } from "./check-json-request";

const host = "news.example:3000";

describe("checkSameOrigin", () => {
  it.each([
    ["same origin by Origin", { origin: `http://${host}`, secFetchSite: null }, null],
    ["same origin, https behind a proxy", { origin: `https://${host}`, secFetchSite: "same-origin" }, null],
    ["a script (no Origin, no Sec-Fetch-Site)", { origin: null, secFetchSite: null }, null],
    ["another site by Origin", { origin: "http://evil.example", secFetchSite: null }, 403],
    ["another port", { origin: "http://news.example:4000", secFetchSite: null }, 403],
    ["opaque origin", { origin: "null", secFetchSite: null }, 403],
    ["non-web scheme", { origin: "file://news.example:3000", secFetchSite: null }, 403],
    ["same-site is not same-origin", { origin: `http://${host}`, secFetchSite: "same-site" }, 403],
    ["cross-site", { origin: null, secFetchSite: "cross-site" }, 403],
    ["a typed URL cannot POST", { origin: null, secFetchSite: "none" }, 403],
  ])("%s", (_name, headers, status) => {
    expect(checkSameOrigin({ ...headers, host })?.status ?? null).toBe(status);
  });

  it("accepts a browser request only when its Origin names the addressed host", () => {
    fc.assert(
      fc.property(fc.webUrl(), fc.domain(), fc.option(fc.constantFrom("same-origin", "same-site", "cross-site", "none", "garbage")), (origin, addressed, site) => {
        const refusal = checkSameOrigin({ origin, secFetchSite: site, host: addressed });
        const sameHost = new URL(origin).host.toLowerCase() === addressed.toLowerCase();
        expect(refusal === null).toBe(sameHost && (site === null || site === "same-origin"));
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on arbitrary header values", () => {
    fc.assert(
      fc.property(fc.option(fc.string({ unit: "binary" })), fc.option(fc.string()), fc.option(fc.string()), (origin, secFetchSite, h) => {
        const refusal = checkSameOrigin({ origin, secFetchSite, host: h });
        if (refusal) expect(refusal.status).toBe(403);
      }),
    );
  });
});

describe("checkJsonContentType", () => {
  it.each([
    ["application/json", null],
    ["Application/JSON; charset=utf-8", null],
    ["text/plain", 415],
    ["application/x-www-form-urlencoded", 415],
    ["multipart/form-data; boundary=x", 415],
    ["application/jsonx", 415],
    [null, 415],
  ])("%j", (contentType, status) => {
    expect(checkJsonContentType(contentType)?.status ?? null).toBe(status);
  });
});
