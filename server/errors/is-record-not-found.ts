import "server-only";

import { hasErrorCode } from "./has-error-code";

/** Whether a Prisma error says the record to update was not found (P2025): e.g. its version moved on. */
export function isRecordNotFound(e: unknown): boolean {
  return hasErrorCode(e, "P2025");
}
