import "server-only";

import bcrypt from "bcryptjs";
import { db } from "@/server/db";

// Compared against when the email is unknown, so both failures take the same time.
const DUMMY_HASH = bcrypt.hashSync("not-a-real-password", 10);

export type VerifiedUser = { id: string; email: string; name: string | null; sessionVersion: number };

/** The user for an email and password, or null. Unknown email and wrong password are indistinguishable. */
export async function verifyCredentials(email: string, password: string): Promise<VerifiedUser | null> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  });
  const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) return null;
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
