import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type Response } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers/auth";

// Every page, signed out and signed in: the security headers on the document, no Content-Security-Policy
// violation while it loads and hydrates, and no serious or critical axe violation.

const TEXT = readFileSync(path.join(process.cwd(), "prisma", "seed", "seed-article.txt"), "utf8");

/** Collects the page's CSP violations (the init script runs outside the page's CSP). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

function expectSecurityHeaders(response: Response | null, url: string): void {
  expect(response, url).not.toBeNull();
  const h = response!.headers();
  const csp = h["content-security-policy"] ?? "";
  expect(csp, url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(csp, url).toContain("frame-ancestors 'none'");
  expect(csp, url).toContain("object-src 'none'");
  expect(csp, url).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(h["x-content-type-options"], url).toBe("nosniff");
  expect(h["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
  // Served over plain HTTP here: no HSTS (the API test asks for it behind an HTTPS proxy).
  expect(h["strict-transport-security"], url).toBeUndefined();
}

async function checkPage(page: Page, url: string, cspViolations: () => Promise<string[]>): Promise<void> {
  const response = await page.goto(url);
  await expect(page).toHaveURL(new RegExp(`${url}$`));
  expectSecurityHeaders(response, url);
  // The scripts carry this response's nonce.
  const nonce = /'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"])![1];
  expect(await page.locator(`script[src][nonce]`).count()).toBe(await page.locator("script[src]").count());
  expect(await page.evaluate(() => document.querySelector<HTMLScriptElement>("script[src]")?.nonce)).toBe(nonce);
  expect(await cspViolations(), url).toEqual([]);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("every page: security headers, scripts run under the CSP, no serious axe violations", async ({ page }) => {
  test.setTimeout(120_000);
  const cspViolations = await watchCsp(page);
  for (const url of ["/", "/sign-in", "/sign-up"]) await checkPage(page, url, cspViolations);
  // A fresh nonce for every request.
  const nonces = new Set(await Promise.all([1, 2, 3].map(async () => (await page.request.get("/sign-in")).headers()["content-security-policy"])));
  expect(nonces.size).toBe(3);

  await signUp(page, uniqueEmail("pages")); // the sign-up form works under the CSP (hydrated, server action)
  for (const url of ["/study", "/articles", "/progress", "/quiz", "/settings"]) await checkPage(page, url, cspViolations);
  await checkPage(page, "/no-such-page", cspViolations);

  // The built-in article, a quiz on it, and the review screen of a pasted article.
  await page.goto("/articles");
  const builtin = page.getByRole("link", { name: /North Korea/ }).first();
  const articleUrl = (await builtin.getAttribute("href"))!;
  await checkPage(page, articleUrl, cspViolations);
  await page.goto("/quiz");
  await page.getByLabel("Article").selectOption({ label: (await page.getByLabel("Article").locator("option", { hasText: "North Korea" }).textContent())! });
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/[0-9a-f-]{36}/);
  await checkPage(page, new URL(page.url()).pathname, cspViolations);
  await page.goto("/articles");
  await page.getByLabel("Title").fill("Pasted for the page check");
  await page.getByLabel("Article text").fill(TEXT);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/articles\/[a-z0-9]+\/review$/);
  await checkPage(page, new URL(page.url()).pathname, cspViolations);
});
