import { CredentialsSignin } from "next-auth";

const PREFIX = "rate_limited_";

export const TOO_MANY_SIGN_INS = "Too many failed sign-in attempts.";

/**
 * Thrown by the credentials provider when a rate limit refuses a sign-in. Auth.js puts `code` in the
 * redirect URL of its API route, so it carries the wait (seconds); the sign-in action reads the property.
 */
export class RateLimitedSignIn extends CredentialsSignin {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super();
    this.retryAfterSeconds = retryAfterSeconds;
    this.code = `${PREFIX}${retryAfterSeconds}`;
  }
}

/** The wait carried by an Auth.js error redirect (`?error=CredentialsSignin&code=rate_limited_N`), or null. */
export function retryAfterOfRedirect(location: string | null): number | null {
  if (!location) return null;
  let code: string | null;
  try {
    code = new URL(location, "http://x").searchParams.get("code");
  } catch {
    return null;
  }
  if (!code?.startsWith(PREFIX)) return null;
  const n = Number(code.slice(PREFIX.length));
  return Number.isInteger(n) && n > 0 ? n : null;
}
