import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { errorCodeOf, isRetryable, validationIssuesOf } from "./errors.ts";

function apiError(data: unknown) {
  return new TRPCClientError("failed", { result: { error: { message: "failed", code: -32600, data } } });
}

describe("errorCodeOf", () => {
  it("reads the API's stable code", () => {
    expect(errorCodeOf(apiError({ code: "INVALID_CREDENTIALS", httpStatus: 401 }))).toBe(
      "INVALID_CREDENTIALS",
    );
    expect(errorCodeOf(apiError({ code: "EMAIL_TAKEN" }))).toBe("EMAIL_TAKEN");
  });

  it("calls a failure that never reached the API a network error", () => {
    expect(errorCodeOf(TRPCClientError.from(new TypeError("Failed to fetch")))).toBe("NETWORK");
    expect(errorCodeOf(new TypeError("Failed to fetch"))).toBe("NETWORK");
  });

  it("treats unknown codes and anything else as internal", () => {
    expect(errorCodeOf(apiError({ code: "SOMETHING_NEW" }))).toBe("INTERNAL");
    expect(errorCodeOf(new Error("boom"))).toBe("INTERNAL");
    expect(errorCodeOf("nope")).toBe("INTERNAL");
  });

  it("retries only what might fix itself", () => {
    expect(isRetryable(new TypeError("offline"))).toBe(true);
    expect(isRetryable(apiError({ code: "INVALID_CREDENTIALS" }))).toBe(false);
  });
});

describe("validationIssuesOf", () => {
  it("keeps the first message per field", () => {
    const error = apiError({
      code: "VALIDATION_FAILED",
      issues: [
        { path: ["email"], message: "Enter a valid email address" },
        { path: ["email"], message: "second" },
        { path: ["password"], message: "Use at least 8 characters" },
      ],
    });
    expect(validationIssuesOf(error)).toEqual({
      email: "Enter a valid email address",
      password: "Use at least 8 characters",
    });
    expect(validationIssuesOf(new Error("x"))).toEqual({});
  });
});
