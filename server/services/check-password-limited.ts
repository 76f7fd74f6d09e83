import "server-only";

import type { RateLimitRuleName } from "@/lib/rate-limit/rate-limit-rules";
import { consumeRateLimits, refundRateLimit } from "@/server/rate-limit/consume-rate-limit";
import { verifyCredentials, type VerifiedUser } from "@/server/services/verify-credentials";

export type LimitedCheck = { ok: true; user: VerifiedUser } | { ok: false; retryAfterSeconds: number | null };

/**
 * Checks an email and password under the failed-password limits: always per account (the email), and per
 * client address when one is given. The hits are counted before bcrypt runs, so parallel guesses cannot pass
 * the limit, and given back when the password was right: only failures count. `retryAfterSeconds` is null
 * for a wrong password, a number when the limit refused the attempt before checking it.
 */
export async function checkPasswordLimited(email: string, password: string, now: Date, address?: string): Promise<LimitedCheck> {
  const hits: [RateLimitRuleName, string][] = [["signInAccount", email]];
  if (address !== undefined) hits.push(["signInAddress", address]);
  const gate = await consumeRateLimits(hits, now);
  if (!gate.allowed) return { ok: false, retryAfterSeconds: gate.retryAfterSeconds };
  const user = await verifyCredentials(email, password);
  if (!user) return { ok: false, retryAfterSeconds: null };
  await Promise.all(gate.tickets.map((t) => refundRateLimit(t)));
  return { ok: true, user };
}
