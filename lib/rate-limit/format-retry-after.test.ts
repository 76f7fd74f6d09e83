import { expect, test } from "vitest";
import { formatRetryAfter } from "./format-retry-after";

test.each([
  [1, "Try again in 1 second."],
  [0, "Try again in 1 second."],
  [42, "Try again in 42 seconds."],
  [60, "Try again in 1 minute."],
  [61, "Try again in 2 minutes."],
  [900, "Try again in 15 minutes."],
])("%i s → %s", (seconds, tail) => {
  expect(formatRetryAfter("Too many attempts.", seconds)).toBe(`Too many attempts. ${tail}`);
});
