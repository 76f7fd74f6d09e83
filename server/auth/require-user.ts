import "server-only";

import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/server/db";
import { auth } from "@/server/auth/auth";

export type SessionUser = { id: string; email: string; name: string | null };

/** The signed-in user, checked against the database (a session of a deleted account counts as none). */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
});

/** The signed-in user, or a redirect to sign-in. Every page, action and query of the app goes through it. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
