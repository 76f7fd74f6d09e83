import type { NextAuthConfig } from "next-auth";

/** Pages anyone may open; everything else needs a session. */
export const PUBLIC_PATHS = ["/", "/sign-in", "/sign-up"];

/**
 * The part of the Auth.js configuration that needs no database. server/auth/auth.ts adds the provider and
 * the `jwt` callback that checks the token's session version against the user on every request.
 */
export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
} satisfies NextAuthConfig;
