import { describe, expect, it } from "vitest";
import { passwordChangeProblems, passwordFormProblems } from "./password-problem.ts";

/** The shape of a tRPC client error as the API's error formatter fills it in. */
const apiError = (code: string, details?: Record<string, unknown>) => ({
  message: "refused",
  data: { code, httpStatus: 400, details },
});

describe("passwordFormProblems", () => {
  it("asks for length only, as NIST does", () => {
    expect(passwordFormProblems("old password", "short")).toEqual({
      next: { key: "password.tooShort", values: { min: 8 } },
    });
    expect(passwordFormProblems("old password", "x".repeat(129))).toEqual({
      next: { key: "password.tooLong", values: { max: 128 } },
    });
    expect(passwordFormProblems("old password", "all lowercase words")).toEqual({});
  });

  it("needs the current password", () => {
    expect(passwordFormProblems("", "a new pass phrase")).toEqual({
      current: { key: "common:validation.required" },
    });
  });

  it("refuses keeping the same password", () => {
    expect(passwordFormProblems("same old words", "same old words")).toEqual({
      next: { key: "password.unchanged" },
    });
  });
});

describe("passwordChangeProblems", () => {
  it("puts a wrong current password on the current-password field", () => {
    expect(passwordChangeProblems(apiError("INVALID_CREDENTIALS"))).toEqual({
      current: { key: "password.wrongCurrent" },
    });
  });

  it.each(["breached", "repetitive", "context"])(
    "explains a %s password on the new-password field",
    (reason) => {
      expect(passwordChangeProblems(apiError("PASSWORD_REJECTED", { reason }))).toEqual({
        next: { key: `password.rejected.${reason}` },
      });
    },
  );

  it("leaves other errors to the form's general message", () => {
    expect(passwordChangeProblems(apiError("RATE_LIMITED"))).toBeNull();
    expect(passwordChangeProblems(new TypeError("Failed to fetch"))).toBeNull();
  });
});
