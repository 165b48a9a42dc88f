import { describe, expect, it } from "vitest";
import { isValidPin, pinDigits } from "./pin.ts";

describe("the PIN field", () => {
  it("keeps digits only, at most eight", () => {
    expect(pinDigits("12 34-56")).toBe("123456");
    expect(pinDigits("1234567890")).toBe("12345678");
    expect(pinDigits("abc")).toBe("");
  });

  it("accepts 6 to 8 digits, as the API does", () => {
    expect(isValidPin("12345")).toBe(false);
    expect(isValidPin("123456")).toBe(true);
    expect(isValidPin("12345678")).toBe(true);
    expect(isValidPin("1234567a")).toBe(false);
  });
});
