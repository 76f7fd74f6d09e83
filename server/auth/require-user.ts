import "server-only";

import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/server/auth/auth";

export type SessionUser = { id: string; email: string; name: string | null };

/**
 * The signed-in user. auth() runs the `jwt` callback (server/auth/auth.ts), which reads the user from the
 * database and refuses a token of a deleted account or of an ended session (an older session version), so
 * the id, email and name here are the database's.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? null };
});

/** The signed-in user, or a redirect to sign-in. Every page, action and query of the app goes through it. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
