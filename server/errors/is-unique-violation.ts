import "server-only";

import { hasErrorCode } from "./has-error-code";

/**
 * Whether an error is a unique-constraint violation: the row a racing request already wrote. Prisma reports
 * it as P2002; the SQLite driver, used directly by the grade path, as SQLITE_CONSTRAINT_UNIQUE.
 */
export function isUniqueViolation(e: unknown): boolean {
  return hasErrorCode(e, "P2002", "SQLITE_CONSTRAINT_UNIQUE");
}
