import "server-only";

/** Whether a Prisma error is a unique-constraint violation (P2002): the row a racing request already wrote. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && "code" in e && (e as { code: unknown }).code === "P2002";
}
