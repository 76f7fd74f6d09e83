/** Machine-readable reasons a progress operation refused its input. */
export const ProgressErrorCode = {
  INVALID_DAY_KEY: "INVALID_DAY_KEY",
  INVALID_ARGUMENT: "INVALID_ARGUMENT",
} as const;

export type TProgressErrorCode = (typeof ProgressErrorCode)[keyof typeof ProgressErrorCode];

/**
 * Thrown by lib/progress for input the query layer should never produce (a malformed day key, a
 * negative count): a programming error, not a user mistake. Services may map it to AppError by `code`.
 */
export class ProgressError extends Error {
  readonly code: TProgressErrorCode;

  constructor(code: TProgressErrorCode, message: string) {
    super(message);
    this.name = "ProgressError";
    this.code = code;
  }
}
