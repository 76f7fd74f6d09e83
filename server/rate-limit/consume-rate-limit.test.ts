import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, test } from "vitest";
import { db } from "@/server/db";
import { consumeRateLimit, consumeRateLimits, refundRateLimit, subjectKey } from "./consume-rate-limit";

const T0 = new Date("2026-03-01T12:00:00Z"); // a whole hour: the start of a window of 1 minute, 15 minutes or 1 hour
const at = (ms: number) => new Date(T0.getTime() + ms);
const ENV = "NEWSDECK_RATE_LIMIT_ARTICLE_READER";

afterEach(() => {
  delete process.env[ENV];
});

async function hits(subject: string, n: number, now: Date) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await consumeRateLimit("articleReader", subject, now));
  return out;
}

describe("consumeRateLimit", () => {
  test("allows the limit, then refuses with the wait, and refused hits do not count", async () => {
    process.env[ENV] = "3/1m";
    const s = randomUUID();
    const first = await hits(s, 5, at(10_000));
    expect(first.map((t) => t.allowed)).toEqual([true, true, true, false, false]);
    expect(first[3]!.retryAfterSeconds).toBe(70); // 50 s to the next window, then 3 × (1 − t/60) + 1 ≤ 3 → t = 20 s
    const [row] = await db.rateLimitCounter.findMany({ where: { bucket: { startsWith: `${subjectKey("articleReader", s)}:` } } });
    expect(row!.count).toBe(3);
    // Another subject has its own count.
    expect((await consumeRateLimit("articleReader", randomUUID(), at(10_000))).allowed).toBe(true);
  });

  test("the previous window still counts in proportion, as a sliding window", async () => {
    process.env[ENV] = "4/1m";
    const s = randomUUID();
    await hits(s, 4, at(50_000));
    // 15 s into the next window, 4 × 45/60 = 3 hits still count: one more fits, a second does not.
    const next = await hits(s, 2, at(75_000));
    expect(next.map((t) => t.allowed)).toEqual([true, false]);
    // 45 s in, 4 × 15/60 = 1 counts, plus the 1 of this window: two more fit.
    expect((await hits(s, 3, at(105_000))).map((t) => t.allowed)).toEqual([true, true, false]);
  });

  test("a refund gives the hit back in the window it was counted in", async () => {
    process.env[ENV] = "2/1m";
    const s = randomUUID();
    const [a] = await hits(s, 2, at(0));
    expect((await consumeRateLimit("articleReader", s, at(1_000))).allowed).toBe(false);
    await refundRateLimit(a!);
    await refundRateLimit(a!); // a second refund of the same ticket does nothing
    expect((await hits(s, 2, at(2_000))).map((t) => t.allowed)).toEqual([true, false]);
  });

  test("concurrent hits are counted atomically: exactly the limit gets through", async () => {
    process.env[ENV] = "7/1m";
    const s = randomUUID();
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimit("articleReader", s, at(5_000))));
    expect(results.filter((t) => t.allowed)).toHaveLength(7);
  });

  test("a new window's row prunes expired rows, and only those", async () => {
    process.env[ENV] = "5/1m";
    const old = randomUUID();
    const recent = randomUUID();
    await consumeRateLimit("articleReader", old, at(0)); // window 0: expires when window 2 starts
    await consumeRateLimit("articleReader", recent, at(60_000)); // window 1: expires when window 3 starts
    const count = (subject: string) => db.rateLimitCounter.count({ where: { bucket: { startsWith: `${subjectKey("articleReader", subject)}:` } } });
    await consumeRateLimit("articleReader", randomUUID(), at(125_000));
    expect(await count(old)).toBe(0);
    expect(await count(recent)).toBe(1);
  });
});

describe("consumeRateLimits", () => {
  test("refused by one rule, the hits of the others are given back", async () => {
    process.env[ENV] = "1/1h";
    const reader = randomUUID();
    const address = `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    expect((await consumeRateLimits([["articleReader", reader], ["articleAddress", address]], at(0))).allowed).toBe(true);
    const refused = await consumeRateLimits([["articleReader", reader], ["articleAddress", address]], at(1_000));
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(3_000);
    const addressRow = await db.rateLimitCounter.findFirst({ where: { bucket: { startsWith: `${subjectKey("articleAddress", address)}:` } } });
    expect(addressRow!.count).toBe(1);
  });
});
