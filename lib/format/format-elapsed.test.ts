import { expect, test } from "vitest";
import { formatElapsed } from "./format-elapsed";

test.each([
  [0, "0 s"],
  [45_400, "45 s"],
  [59_600, "1 min 0 s"],
  [60_000, "1 min 0 s"],
  [192_000, "3 min 12 s"],
])("%d ms → %s", (ms, text) => {
  expect(formatElapsed(ms)).toBe(text);
});
