import { defineConfig, devices } from "@playwright/test";
import { findSystemChromium, SYSTEM_CHROMIUM_ARGS } from "./scripts/find-chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./prisma/e2e.db";

// The system's Chromium where it is installed (Playwright cannot download its own browser offline);
// elsewhere Playwright's own. `npm run test:e2e` first checks that one of them is there
// (scripts/ensure-browser.ts).
const systemChromium = findSystemChromium();
const launchOptions = systemChromium ? { executablePath: systemChromium, args: SYSTEM_CHROMIUM_ARGS } : {};

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
  webServer: {
    // Resets the e2e database, migrates and seeds it, builds, and serves the production build.
    command: "npx tsx --conditions=react-server scripts/e2e-server.ts",
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL,
      PORT: String(PORT),
      AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      CI_NO_ENV_FILE: "1",
      // e2e/add-article.spec.ts serves its fixture pages on 127.0.0.1; nothing else local may be fetched.
      NEWSDECK_FETCH_ALLOW_HOSTS: "127.0.0.1",
      // Every spec signs up from 127.0.0.1: more new accounts than one address may make in an hour.
      // e2e/security.spec.ts relies on the default per-account sign-in limit (10 failures in 15 minutes).
      NEWSDECK_RATE_LIMIT_SIGN_UP_ADDRESS: "1000/1h",
    },
  },
});
