import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Runs the real pre-step as `npm run test:e2e` does, on a machine made browser-less by pointing both
// lookups at places where nothing is installed.
function run(env: Record<string, string>) {
  const browsers = mkdtempSync(path.join(tmpdir(), "newsdeck-no-browsers-"));
  return spawnSync("npx", ["tsx", "scripts/ensure-browser.ts"], {
    encoding: "utf8",
    env: { ...process.env, PLAYWRIGHT_BROWSERS_PATH: browsers, NEWSDECK_NO_BROWSER_INSTALL: "1", ...env },
  });
}

describe("ensure-browser", () => {
  it("prints one line saying what to install when there is no Chromium, and fails", () => {
    const r = run({ NEWSDECK_CHROMIUM: "/nonexistent/chromium" });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/apt-get install chromium/);
    expect(lines[0]).toMatch(/npx playwright install chromium/);
    expect(r.stderr).not.toMatch(/Executable doesn't exist/);
  });

  it("passes when the system Chromium exists", () => {
    const r = run({ NEWSDECK_CHROMIUM: process.execPath }); // any existing executable stands in
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
