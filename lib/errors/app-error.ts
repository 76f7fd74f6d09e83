/** Expected failures a service reports to its caller; the message is safe to show a reader. */
export enum AppErrorCode {
  NOT_FOUND = "NOT_FOUND",
  UNAUTHORIZED = "UNAUTHORIZED",
  INVALID_INPUT = "INVALID_INPUT",
  ALREADY_EXISTS = "ALREADY_EXISTS",
  CONFLICT = "CONFLICT",
  LIMIT_EXCEEDED = "LIMIT_EXCEEDED",
  /** A rate limit refused the request; the message says how long to wait. */
  RATE_LIMITED = "RATE_LIMITED",
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  constructor(code: AppErrorCode, options: { message: string; cause?: unknown }) {
    super(options.message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
  }

  static is(error: unknown, code?: AppErrorCode): error is AppError {
    return error instanceof AppError && (code === undefined || error.code === code);
  }
}
