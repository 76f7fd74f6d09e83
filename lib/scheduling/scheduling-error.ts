/** Machine-readable reasons a scheduling operation refused its input. */
export const SchedulingErrorCode = {
  INVALID_GRADE: "INVALID_GRADE",
  INVALID_DURATION: "INVALID_DURATION",
  INVALID_SETTINGS: "INVALID_SETTINGS",
  INVALID_TIME_ZONE: "INVALID_TIME_ZONE",
  INVALID_DATE: "INVALID_DATE",
  CANNOT_UNDO: "CANNOT_UNDO",
} as const;

export type TSchedulingErrorCode = (typeof SchedulingErrorCode)[keyof typeof SchedulingErrorCode];

/**
 * Thrown by lib/scheduling for input that validation should already have rejected (a programming
 * error, not a user mistake). Services may map it to AppError by `code`.
 */
export class SchedulingError extends Error {
  readonly code: TSchedulingErrorCode;

  constructor(code: TSchedulingErrorCode, message: string) {
    super(message);
    this.name = "SchedulingError";
    this.code = code;
  }
}
