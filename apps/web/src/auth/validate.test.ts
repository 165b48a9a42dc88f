import { describe, expect, it } from "vitest";
import { checkEmail, checkNewPassword, checkRequired, minimumPasswordLength } from "./validate.ts";

describe("form checks", () => {
  it("asks for an email, then a valid one", () => {
    expect(checkEmail("  ")).toBe("required");
    expect(checkEmail("asha@")).toBe("email");
    expect(checkEmail(" Asha@Example.com ")).toBeNull();
  });

  it("follows the API's password length rule", () => {
    expect(minimumPasswordLength).toBe(8);
    expect(checkNewPassword("")).toBe("required");
    expect(checkNewPassword("a".repeat(minimumPasswordLength - 1))).toBe("passwordLength");
    expect(checkNewPassword("a".repeat(minimumPasswordLength))).toBeNull();
  });

  it("requires non-blank text", () => {
    expect(checkRequired(" ")).toBe("required");
    expect(checkRequired("Asha")).toBeNull();
  });
});
