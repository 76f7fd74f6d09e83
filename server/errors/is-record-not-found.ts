import "server-only";

/** Whether a Prisma error says the record to update was not found (P2025): e.g. its version moved on. */
export function isRecordNotFound(e: unknown): boolean {
  return typeof e === "object" && e !== null && "code" in e && (e as { code: unknown }).code === "P2025";
}
