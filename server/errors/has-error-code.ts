import "server-only";

/** Whether an error carries one of these codes (Prisma's "P2002", a driver's "SQLITE_CONSTRAINT_UNIQUE", …). */
export function hasErrorCode(e: unknown, ...codes: string[]): boolean {
  return typeof e === "object" && e !== null && "code" in e && codes.includes((e as { code: unknown }).code as string);
}
