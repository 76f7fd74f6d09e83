import type { RateLimit } from "./judge-sliding-window";

/** Every rate limit of the app, with its default and the environment variable that overrides it. */
export const RATE_LIMIT_RULES = {
  /** Failed password checks per account (sign-in, and the current password on the settings page). */
  signInAccount: { env: "NEWSDECK_RATE_LIMIT_SIGN_IN_ACCOUNT", default: "10/15m" },
  /** Failed sign-ins per client address. */
  signInAddress: { env: "NEWSDECK_RATE_LIMIT_SIGN_IN_ADDRESS", default: "50/15m" },
  /** Sign-ups per client address. */
  signUpAddress: { env: "NEWSDECK_RATE_LIMIT_SIGN_UP_ADDRESS", default: "20/1h" },
  /** Articles added per reader. */
  articleReader: { env: "NEWSDECK_RATE_LIMIT_ARTICLE_READER", default: "30/1h" },
  /** Articles added per client address. */
  articleAddress: { env: "NEWSDECK_RATE_LIMIT_ARTICLE_ADDRESS", default: "60/1h" },
} as const;

export type RateLimitRuleName = keyof typeof RATE_LIMIT_RULES;

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/**
 * Reads a limit written as "COUNT/WINDOW", the window a number and a unit (s, m, h, d): "10/15m" is
 * 10 per 15 minutes. Returns null for anything else.
 *
 * @example parseRateLimit("10/15m") // → { limit: 10, windowMs: 900000 }
 */
export function parseRateLimit(text: string): RateLimit | null {
  const m = /^\s*(\d{1,7})\s*\/\s*(\d{0,6})\s*([smhd])\s*$/.exec(text);
  if (!m) return null;
  const limit = Number(m[1]);
  const windowMs = Number(m[2] || "1") * UNIT_MS[m[3] as keyof typeof UNIT_MS];
  if (limit < 1 || windowMs < 1_000) return null;
  return { limit, windowMs };
}

/** A rule's limit from the environment, else its default; a value that cannot be read is a configuration error. */
export function resolveRateLimit(name: RateLimitRuleName, env: Record<string, string | undefined>): RateLimit {
  const { env: variable, default: fallback } = RATE_LIMIT_RULES[name];
  const given = env[variable];
  const parsed = parseRateLimit(given === undefined || given.trim() === "" ? fallback : given);
  if (!parsed) throw new Error(`${variable} must look like 10/15m (a count, a slash, a window in s, m, h or d); it is "${given}".`);
  return parsed;
}
