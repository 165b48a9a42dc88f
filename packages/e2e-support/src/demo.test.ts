import { describe, expect, it } from "vitest";
import { totp } from "./demo.ts";

describe("totp", () => {
  it("gives RFC 6238's SHA-1 test vectors (last six digits)", () => {
    // RFC 6238 appendix B: the ASCII secret "12345678901234567890", here in base32
    const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect(totp(secret, 59_000)).toBe("287082");
    expect(totp(secret, 1_111_111_109_000)).toBe("081804");
    expect(totp(secret, 2_000_000_000_000)).toBe("279037");
  });
});
