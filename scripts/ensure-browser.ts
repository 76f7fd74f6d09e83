/**
 * `npm run test:e2e`'s first step: make sure Playwright has a Chromium to drive, so a fresh machine gets
 * one clear line instead of Playwright's "Executable doesn't exist" for every test. In order: the system's
 * Chromium (scripts/find-chromium.ts), Playwright's own if installed, else one attempt at
 * `npx playwright install chromium` (skipped with NEWSDECK_NO_BROWSER_INSTALL=1). Exit 1 with what to
 * install when none of them gives a browser.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { findSystemChromium } from "./find-chromium";

const INSTALL_TIMEOUT_MS = 180_000;

function playwrightChromium(): string | null {
  const path = chromium.executablePath();
  return path && existsSync(path) ? path : null;
}

function main(): number {
  const found = findSystemChromium() ?? playwrightChromium();
  if (found) return 0;
  if (process.env.NEWSDECK_NO_BROWSER_INSTALL !== "1") {
    console.log("No Chromium found: trying `npx playwright install chromium`…");
    spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit", timeout: INSTALL_TIMEOUT_MS });
    if (playwrightChromium()) return 0;
  }
  console.error(
    "The end-to-end tests need Chromium: install Debian's (`sudo apt-get install chromium`) or Playwright's (`npx playwright install chromium`), or set NEWSDECK_CHROMIUM to a Chromium executable.",
  );
  return 1;
}

process.exit(main());
