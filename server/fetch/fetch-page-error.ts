import "server-only";

import { AppError, AppErrorCode } from "@/lib/errors/app-error";

/** Why a link could not be fetched; each has its own message for the reader. */
export type FetchFailure =
  | "invalid-url"
  | "blocked"
  | "dns"
  | "unreachable"
  | "tls"
  | "timeout"
  | "too-big"
  | "too-many-redirects"
  | "not-found"
  | "http"
  | "unsupported-type";

const CODE: Record<FetchFailure, AppErrorCode> = {
  "invalid-url": AppErrorCode.INVALID_INPUT,
  blocked: AppErrorCode.INVALID_INPUT,
  dns: AppErrorCode.NOT_FOUND,
  unreachable: AppErrorCode.NOT_FOUND,
  tls: AppErrorCode.INVALID_INPUT,
  timeout: AppErrorCode.LIMIT_EXCEEDED,
  "too-big": AppErrorCode.LIMIT_EXCEEDED,
  "too-many-redirects": AppErrorCode.LIMIT_EXCEEDED,
  "not-found": AppErrorCode.NOT_FOUND,
  http: AppErrorCode.INVALID_INPUT,
  "unsupported-type": AppErrorCode.INVALID_INPUT,
};

/** A link that could not be fetched: an AppError (its message is shown to the reader) with the reason. */
export class FetchPageError extends AppError {
  readonly failure: FetchFailure;
  constructor(failure: FetchFailure, message: string, cause?: unknown) {
    super(CODE[failure], { message, cause });
    this.name = "FetchPageError";
    this.failure = failure;
  }
}
