import { describe, expect, test } from "vitest";
import { parseRateLimit, RATE_LIMIT_RULES, resolveRateLimit, type RateLimitRuleName } from "./rate-limit-rules";

describe("parseRateLimit", () => {
  test.each([
    ["10/15m", { limit: 10, windowMs: 900_000 }],
    [" 5 / 30s ", { limit: 5, windowMs: 30_000 }],
    ["20/h", { limit: 20, windowMs: 3_600_000 }],
    ["1000/1d", { limit: 1000, windowMs: 86_400_000 }],
    ["0/1m", null],
    ["10", null],
    ["10/15", null],
    ["10/15y", null],
    ["-1/1m", null],
    ["10/0s", null],
    ["ten/1m", null],
  ])("%s → %o", (text, expected) => {
    expect(parseRateLimit(text)).toEqual(expected);
  });
});

describe("resolveRateLimit", () => {
  test("every default can be read", () => {
    for (const name of Object.keys(RATE_LIMIT_RULES) as RateLimitRuleName[]) expect(resolveRateLimit(name, {})).not.toBeNull();
  });

  test("the environment overrides the default", () => {
    expect(resolveRateLimit("signUpAddress", { NEWSDECK_RATE_LIMIT_SIGN_UP_ADDRESS: "3/1m" })).toEqual({ limit: 3, windowMs: 60_000 });
    expect(resolveRateLimit("signUpAddress", { NEWSDECK_RATE_LIMIT_SIGN_UP_ADDRESS: "" })).toEqual({ limit: 20, windowMs: 3_600_000 });
  });

  test("a value that cannot be read names its variable", () => {
    expect(() => resolveRateLimit("articleReader", { NEWSDECK_RATE_LIMIT_ARTICLE_READER: "lots" })).toThrow(/NEWSDECK_RATE_LIMIT_ARTICLE_READER/);
  });
});
