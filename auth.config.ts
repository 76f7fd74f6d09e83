import type { NextAuthConfig } from "next-auth";

/** Pages anyone may open; everything else needs a session. */
export const PUBLIC_PATHS = ["/", "/sign-in", "/sign-up"];

/** The part of the Auth.js configuration that needs no database. The real check is requireUser(). */
export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
} satisfies NextAuthConfig;
