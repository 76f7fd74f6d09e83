import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startFixtureSite, type FixtureSite } from "@/e2e/fixtures/fixture-site";
import { fetchPage, type FetchPageOptions } from "@/server/fetch/fetch-page";
import { FetchPageError, type FetchFailure } from "@/server/fetch/fetch-page-error";

let site: FixtureSite;
const ALLOW: FetchPageOptions = { allowHosts: ["127.0.0.1"] };

beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(async () => {
  await site.close();
});

async function failure(promise: Promise<unknown>): Promise<FetchPageError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchPageError);
  return error as FetchPageError;
}

describe("fetchPage from a local site", () => {
  test("fetches an HTML page, decoded", async () => {
    const page = await fetchPage(site.url("/footbridge.html"), ALLOW);
    expect(page).toMatchObject({ url: site.url("/footbridge.html"), kind: "html" });
    expect(page.body).toContain("Keystone Bridge Company");
  });

  test("fetches plain text", async () => {
    const page = await fetchPage(site.url("/ferry.txt"), ALLOW);
    expect(page.kind).toBe("text");
    expect(page.body).toMatch(/^Pell Island ferry/);
  });

  test("follows a chain of 5 redirects and reports the final address", async () => {
    const page = await fetchPage(site.url("/redirect/5"), ALLOW);
    expect(page.url).toBe(site.url("/footbridge.html"));
  });

  test("decompresses gzip and honours a charset from a meta tag", async () => {
    expect((await fetchPage(site.url("/gzip/footbridge.html"), ALLOW)).body).toContain("Otter River");
    expect((await fetchPage(site.url("/latin1.html"), ALLOW)).body).toContain("Okafór");
  });

  test("pins the connection to the checked address (the host is never resolved again)", async () => {
    // No real resolver knows this name: the request can only reach the site through the pinned address.
    const page = await fetchPage(site.url("/footbridge.html").replace("127.0.0.1", "pinned.newsdeck.invalid"), {
      allowHosts: ["pinned.newsdeck.invalid"],
      resolve: async () => [{ address: "127.0.0.1", family: 4 }],
    });
    expect(page.body).toContain("Millbrook");
  });

  test.each<[string, string, FetchFailure, RegExp]>([
    ["a 6th redirect", "/redirect/6", "too-many-redirects", /more than 5 times/],
    ["a redirect loop", "/loop", "too-many-redirects", /more than 5 times/],
    ["a missing page", "/missing", "not-found", /not found \(HTTP 404\)/],
    ["a server error", "/error", "http", /HTTP 500/],
    ["an image", "/image.png", "unsupported-type", /image\/png content, not a web page/],
    ["a PDF", "/report.pdf", "unsupported-type", /add it as a file/],
    ["no content type", "/no-type", "unsupported-type", /did not say what kind/],
    ["a body over 5 MB, streamed", "/big", "too-big", /larger than 5 MB/],
    ["a declared length over 5 MB", "/big-declared", "too-big", /larger than 5 MB/],
    ["a gzip bomb (counted after decompression)", "/gzip-bomb", "too-big", /larger than 5 MB/],
    ["a redirect to a private address", "/redirect-to?to=http://10.1.2.3/admin", "blocked", /10\.1\.2\.3, a private network address/],
    ["a redirect to the metadata address", "/redirect-to?to=http://169.254.169.254/latest/meta-data/", "blocked", /cloud metadata address/],
    ["a redirect to another loopback host", "/redirect-to?to=http://127.0.0.2/", "blocked", /loopback/],
    ["a redirect to IPv6 loopback", "/redirect-to?to=http://[::1]/", "blocked", /::1, a loopback address/],
    ["a redirect to IPv4-mapped loopback", "/redirect-to?to=http://[::ffff:127.0.0.1]/", "blocked", /loopback/],
    ["a redirect to a file: URL", "/redirect-to?to=file:///etc/passwd", "invalid-url", /Only http:\/\/ and https:\/\//],
  ])("refuses %s", async (_name, pathname, expected, message) => {
    const error = await failure(fetchPage(site.url(pathname), ALLOW));
    expect(error.failure).toBe(expected);
    expect(error.message).toMatch(message);
  });

  test("gives up on a slow answer at the time limit, and on a body that never ends", async () => {
    const started = Date.now();
    const slow = await failure(fetchPage(site.url("/slow"), { ...ALLOW, timeoutMs: 500 }));
    expect(slow.failure).toBe("timeout");
    expect(slow.message).toMatch(/within 0.5 seconds/);
    const endless = await failure(fetchPage(site.url("/slow-body"), { ...ALLOW, timeoutMs: 500 }));
    expect(endless.failure).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(2_500);
  });

  test("the default time limit is 10 seconds, and it bounds a DNS lookup that never answers", async () => {
    const error = await failure(fetchPage("http://hangs.newsdeck.invalid/", { allowHosts: [], resolve: () => new Promise(() => undefined) }));
    expect(error.failure).toBe("timeout");
    expect(error.message).toMatch(/within 10 seconds/);
  }, 15_000);
});

describe("fetchPage refuses before connecting", () => {
  test("the local site itself without the allow-list", async () => {
    const error = await failure(fetchPage(site.url("/footbridge.html"), { allowHosts: [] }));
    expect(error.failure).toBe("blocked");
    expect(error.message).toMatch(/127\.0\.0\.1, a loopback address/);
  });

  test.each<[string, FetchFailure]>([
    ["ftp://example.com/file", "invalid-url"],
    ["javascript:alert(1)", "invalid-url"],
    ["not a link", "invalid-url"],
    ["http://user:pass@example.com/", "invalid-url"],
    ["http://192.168.0.1/", "blocked"],
    ["http://[fe80::1]/", "blocked"],
    ["http://100.64.1.1/", "blocked"],
    ["http://0.0.0.0/", "blocked"],
    ["http://2130706433/", "blocked"],
    ["http://0x7f000001/", "blocked"],
  ])("%s", async (link, expected) => {
    expect((await failure(fetchPage(link, { allowHosts: [] }))).failure).toBe(expected);
  });

  test("a host that resolves to any non-public address (checked after DNS)", async () => {
    const resolve = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "10.0.0.5", family: 4 },
    ];
    const error = await failure(fetchPage("http://rebind.newsdeck.invalid/", { allowHosts: [], resolve }));
    expect(error.failure).toBe("blocked");
    expect(error.message).toMatch(/10\.0\.0\.5/);
  });

  test("a host that does not resolve", async () => {
    const resolve = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    };
    const error = await failure(fetchPage("https://no-such-site.newsdeck.invalid/", { allowHosts: [], resolve }));
    expect(error.failure).toBe("dns");
    expect(error.message).toMatch(/Could not find the site no-such-site\.newsdeck\.invalid/);
  });
});
