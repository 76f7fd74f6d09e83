import { request as httpRequest } from "node:http";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers/auth";

// Requests no page would send: every route handler and the form actions answer them with a 4xx (or, for
// a read that ignores its body, a 2xx), never a 500; the JSON API keeps its rules (same origin, JSON only,
// 16 KB).

type Body = { name: string; headers: Record<string, string>; data?: Buffer };

// Buffers, so Playwright sends the bytes as they are (it would JSON-encode a string sent as JSON).
const raw = (name: string, contentType: string | null, text: string | number[]): Body => ({
  name,
  headers: contentType ? { "content-type": contentType } : {},
  data: typeof text === "string" ? Buffer.from(text) : Buffer.from(text),
});
const MALFORMED: Body[] = [
  raw("truncated JSON", "application/json", '{"stateId":'),
  raw("deep nesting", "application/json", "[".repeat(8000) + "]".repeat(8000)),
  raw("prototype keys and huge numbers", "application/json", '{"__proto__":{"admin":true},"grade":1e999,"version":-0}'),
  raw("invalid UTF-8", "application/json", [0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
  raw("text/plain form", "text/plain", '{"stateId":"x"}'),
  raw("multipart garbage", "multipart/form-data; boundary=x", "--x\r\nbroken"),
];

const ROUTES = ["/api/reviews", "/api/study?limit=abc", "/api/progress", "/api/reviews/history", "/api/health", "/api/articles/x/export?format=zip", `/api/articles/${"a".repeat(3000)}/export`, "/api/bench/write", "/api/auth/session", "/api/auth/callback/credentials"];

async function expectNo500(api: APIRequestContext, label: string): Promise<void> {
  for (const url of ROUTES) {
    const requests: [string, Body][] = [["GET", { name: "no body", headers: {} }], ["PUT", MALFORMED[0]], ...MALFORMED.map((b): [string, Body] => ["POST", b])];
    for (const [method, body] of requests) {
      const res = await api.fetch(url, { method, headers: body.headers, data: body.data, maxRedirects: 0 });
      expect(res.status(), `${label} ${method} ${url.slice(0, 60)} ${body.name}`).toBeLessThan(500);
    }
  }
}

test("no route handler answers a malformed request with a 500, signed in or out", async ({ page, playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  await expectNo500(anonymous, "anonymous");
  await anonymous.dispose();
  await signUp(page, uniqueEmail("hostile"));
  await expectNo500(page.request, "signed in");
});

/** The signed-in reader's first card, as a valid grading body. */
async function validGrade(page: Page) {
  const { cards } = await (await page.request.get("/api/study?limit=1")).json();
  const card = cards[0];
  return { stateId: card.stateId, version: card.version, grade: 3, durationMs: 1000, idempotencyKey: `hostile-${Date.now()}` };
}

/** A raw HTTP POST whose body arrives in chunks, with no Content-Length to trust. */
function postChunked(baseURL: string, path: string, headers: Record<string, string>, chunks: number, chunkSize: number) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(new URL(path, baseURL), { method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    const chunk = `"${"a".repeat(chunkSize - 2)}",`;
    req.write("[");
    let i = 0;
    const pump = () => {
      // The server may answer and close before the whole body was sent: stop writing then.
      while (i < chunks && !req.destroyed) {
        i++;
        if (!req.write(chunk)) return req.once("drain", pump);
      }
      if (!req.destroyed) req.end('""]');
    };
    pump();
  });
}

test("POST /api/reviews: same origin, JSON only, 16 KB at most, clear JSON errors", async ({ page, baseURL }) => {
  await signUp(page, uniqueEmail("json-api"));
  const grade = await validGrade(page);
  const post = (headers: Record<string, string>, data: string = JSON.stringify(grade)) =>
    page.request.post("/api/reviews", { headers: { "content-type": "application/json", ...headers }, data: Buffer.from(data) });
  const expectRefused = async (res: Awaited<ReturnType<typeof post>>, status: number, message: RegExp) => {
    expect(res.status()).toBe(status);
    expect(res.headers()["content-type"]).toMatch(/^application\/json/);
    expect((await res.json()).error).toMatch(message);
  };

  // Another site, by Origin or by Sec-Fetch-Site (same-site is not same-origin), or an opaque origin.
  await expectRefused(await post({ origin: "http://evil.example" }), 403, /Cross-site/);
  await expectRefused(await post({ origin: "null" }), 403, /Cross-site/);
  await expectRefused(await post({ "sec-fetch-site": "cross-site" }), 403, /Cross-site/);
  await expectRefused(await post({ "sec-fetch-site": "same-site", origin: baseURL! }), 403, /Cross-site/);
  // The probe's attack: a same-site form sends text/plain.
  await expectRefused(await post({ "content-type": "text/plain" }), 415, /application\/json/);
  await expectRefused(await post({ "content-type": "application/x-www-form-urlencoded" }), 415, /application\/json/);
  // Too large: declared, and streamed without a declared length (read with a limit, 5 MB offered).
  await expectRefused(await post({}, JSON.stringify({ ...grade, pad: "x".repeat(17 * 1024) })), 413, /16 KB/);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const chunked = await postChunked(baseURL!, "/api/reviews", { cookie, "content-type": "application/json" }, 5 * 1024, 1024);
  expect(chunked.status).toBe(413);
  expect(JSON.parse(chunked.body).error).toMatch(/16 KB/);
  await expectRefused(await post({}, "{"), 400, /not valid JSON/);
  await expectRefused(await post({}, JSON.stringify({ ...grade, grade: 7 })), 400, /Again, Hard, Good or Easy/);

  // Nothing above was recorded; a same-origin JSON grading from the page's own origin is.
  const ok = await post({ origin: baseURL!, "sec-fetch-site": "same-origin" });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({ recorded: true });
  const h = ok.headers();
  expect(h["cache-control"]).toMatch(/no-store/);
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["strict-transport-security"]).toBeUndefined();
  // Behind a TLS-terminating proxy, HSTS.
  const https = await page.request.get("/api/study?limit=1", { headers: { "x-forwarded-proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  for (const url of ["/api/study", "/api/progress", "/api/health", "/api/reviews/history", "/api/auth/session"]) {
    const res = await page.request.get(url);
    expect(res.headers()["cache-control"], url).toMatch(/no-store/);
    expect(res.headers()["x-content-type-options"], url).toBe("nosniff");
    expect(res.headers()["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
  }
});

test("form actions posted without JavaScript or with the wrong arguments answer without a 500", async ({ page, baseURL }) => {
  await signUp(page, uniqueEmail("no-js"));
  const origin = { origin: baseURL! };
  const actionIds = async (path: string) => {
    await page.goto(path);
    return page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('input[name^="$ACTION_"][name$=":0"]')].map((i) => (JSON.parse(i.value) as { id: string }).id),
    );
  };
  for (const path of ["/settings", "/articles", "/quiz"]) {
    const ids = await actionIds(path);
    expect(ids.length, path).toBeGreaterThan(0);
    for (const id of ids) {
      // A browser without JavaScript posts the form to the action's id: the action gets the form alone.
      const noJs = await page.request.post(path, { headers: origin, multipart: { [`$ACTION_ID_${id}`]: "", newPerDay: "-5", title: "", articleId: "%%%" } });
      expect(noJs.status(), `${path} no-JS ${id}`).toBeLessThan(500);
      // A hand-made call with arguments of the wrong shape: no form at all, or a string in its place.
      for (const args of ["[]", "[{}]", '[{},"not a form"]', "[1,2,3]"]) {
        const res = await page.request.post(path, { headers: { ...origin, "next-action": id, "content-type": "text/plain;charset=UTF-8" }, data: args });
        expect(res.status(), `${path} ${id} ${args}`).toBeLessThan(500);
      }
    }
  }
  // The settings form without JavaScript still validates: nothing was saved.
  await page.goto("/settings");
  await expect(page.getByLabel("New cards per day")).toHaveValue("20");
});
