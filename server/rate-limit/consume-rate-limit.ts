import "server-only";

import { createHash } from "node:crypto";
import { judgeSlidingWindow, windowNumber } from "@/lib/rate-limit/judge-sliding-window";
import { resolveRateLimit, type RateLimitRuleName } from "@/lib/rate-limit/rate-limit-rules";
import { db as appDb, type Db } from "@/server/db";

/** One counted hit, to give back with refundRateLimit when it should not count (it was refused, or it succeeded). */
export type RateLimitTicket = { bucket: string | null; allowed: boolean; retryAfterSeconds: number };

/**
 * The part of a bucket name that stands for a subject: a hash, so no email address or client address is
 * stored in the counters, and every name has the same length.
 */
export function subjectKey(rule: RateLimitRuleName, subject: string): string {
  return `${rule}:${createHash("sha256").update(subject).digest("base64url").slice(0, 32)}`;
}

/**
 * Counts one hit of `subject` against a rule and judges it (lib/rate-limit/judge-sliding-window): the
 * current window's counter is raised atomically (one INSERT … ON CONFLICT DO UPDATE through Prisma's native
 * upsert), so concurrent hits on any instance each see every hit before them. A refused hit is given back
 * at once, so only allowed hits count. Making a new window's row also deletes every expired row.
 */
export async function consumeRateLimit(rule: RateLimitRuleName, subject: string, now: Date, db: Db = appDb): Promise<RateLimitTicket> {
  const limit = resolveRateLimit(rule, process.env);
  const n = windowNumber(now, limit.windowMs);
  const key = subjectKey(rule, subject);
  const bucket = `${key}:${n}`;
  const { count } = await db.rateLimitCounter.upsert({
    where: { bucket },
    create: { bucket, count: 1, expiresAt: new Date((n + 2) * limit.windowMs) },
    update: { count: { increment: 1 } },
    select: { count: true },
  });
  if (count === 1) await db.rateLimitCounter.deleteMany({ where: { expiresAt: { lte: now } } });
  const previous = await db.rateLimitCounter.findUnique({ where: { bucket: `${key}:${n - 1}` }, select: { count: true } });
  const verdict = judgeSlidingWindow(limit, { previous: previous?.count ?? 0, current: count }, now.getTime() - n * limit.windowMs);
  const ticket = { bucket, allowed: verdict.allowed, retryAfterSeconds: verdict.retryAfterSeconds };
  if (!verdict.allowed) await refundRateLimit(ticket, db);
  return ticket;
}

/** Takes back the hit a ticket counted (in the window it was counted in). Giving back twice does nothing. */
export async function refundRateLimit(ticket: RateLimitTicket, db: Db = appDb): Promise<void> {
  if (!ticket.bucket) return;
  const { bucket } = ticket;
  ticket.bucket = null;
  await db.rateLimitCounter.updateMany({ where: { bucket, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/**
 * Counts one hit against several rules at once: allowed only if every rule allows it, and then every hit
 * stays counted; otherwise every hit is given back and the longest wait is returned.
 */
export async function consumeRateLimits(hits: [RateLimitRuleName, string][], now: Date, db: Db = appDb): Promise<{ allowed: boolean; retryAfterSeconds: number; tickets: RateLimitTicket[] }> {
  const tickets = await Promise.all(hits.map(([rule, subject]) => consumeRateLimit(rule, subject, now, db)));
  const refused = tickets.filter((t) => !t.allowed);
  if (refused.length === 0) return { allowed: true, retryAfterSeconds: 0, tickets };
  await Promise.all(tickets.map((t) => refundRateLimit(t, db)));
  return { allowed: false, retryAfterSeconds: Math.max(...refused.map((t) => t.retryAfterSeconds)), tickets };
}
