import "server-only";

import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "@/auth.config";
import { ZSignInSchema } from "@/lib/validations/auth";
import { RateLimitedSignIn } from "@/server/auth/rate-limited-sign-in";
import { getSessionUser } from "@/server/queries/get-session-user";
import { addressOf } from "@/server/rate-limit/request-address";
import { checkPasswordLimited } from "@/server/services/check-password-limited";
import { endSessions } from "@/server/services/end-sessions";

export const { auth, handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = ZSignInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await checkPasswordLimited(parsed.data.email, parsed.data.password, new Date(), addressOf(request.headers));
        if (result.ok) return result.user;
        if (result.retryAfterSeconds !== null) throw new RateLimitedSignIn(result.retryAfterSeconds);
        return null;
      },
    }),
  ],
  callbacks: {
    ...authConfig.callbacks,
    /**
     * Runs on every request that reads the session (auth(), /api/auth/session): a token is honoured only
     * while its session version is the user's, so sign-out, a password change or account deletion ends it
     * on the server, whatever copy of the cookie is kept. Returning null clears the cookie.
     */
    async jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion;
        return token;
      }
      const current = await getSessionUser(token.uid, token.sv);
      if (!current) return null;
      token.email = current.email;
      token.name = current.name;
      return token;
    },
  },
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.uid === "string" && typeof token.sv === "number") await endSessions(token.uid, token.sv);
    },
  },
  logger: {
    // A wrong password (or a rate-limited one) is an expected outcome, not a server error.
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
});
