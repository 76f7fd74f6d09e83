import { describe, expect, test } from "vitest";
import { formatRelative } from "./format-relative";

const NOW = new Date("2024-01-01T00:00:00Z");
const at = (ms: number) => new Date(NOW.getTime() + ms);

describe("formatRelative", () => {
  test.each([
    [0, "now"],
    [30_000, "in less than a minute"],
    [10 * 60_000, "in 10 minutes"],
    [3 * 3600_000, "in 3 hours"],
    [24 * 3600_000, "tomorrow"],
    [3 * 86400_000, "in 3 days"],
    [90 * 86400_000, "in 3 months"],
    [800 * 86400_000, "in 2 years"],
  ])("%d ms → %s", (ms, text) => {
    expect(formatRelative(at(ms), NOW)).toBe(text);
  });
});
