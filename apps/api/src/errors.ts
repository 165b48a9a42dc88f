import { type ErrorCode, errorCodes } from "@marquee/contracts";

/**
 * The one error type services throw. The tRPC layer maps it to a transport code and puts the
 * stable `code` in the response; anything else is an unexpected 500 and gets logged.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }

  get transportCode() {
    return errorCodes[this.code];
  }
}

export const fail = (code: ErrorCode, message: string, details?: Record<string, unknown>): never => {
  throw new DomainError(code, message, details);
};
