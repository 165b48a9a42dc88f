import { describe, expect, it } from "vitest";
import {
  appendToPairingCode,
  formatPairingCode,
  isCompletePairingCode,
  pairingCodeAlphabet,
  removeLastFromPairingCode,
} from "./pairing-code.ts";

describe("pairing code input", () => {
  it("upper-cases, drops what cannot be in a code and groups it as the back office shows it", () => {
    expect(formatPairingCode("ab")).toBe("AB");
    expect(formatPairingCode("abcd")).toBe("ABCD");
    expect(formatPairingCode("abcde")).toBe("ABCD-E");
    expect(formatPairingCode(" ab cd-ef 23 ")).toBe("ABCD-EF23");
    expect(formatPairingCode("ABCD-EF23XYZ")).toBe("ABCD-EF23");
    // 0, O, 1, I and L are never in a code: typing them changes nothing
    expect(formatPairingCode("0O1IL")).toBe("");
  });

  it("knows a complete code only in its shown form", () => {
    expect(isCompletePairingCode("ABCD-EF23")).toBe(true);
    expect(isCompletePairingCode("ABCD-EF2")).toBe(false);
    expect(isCompletePairingCode("abcdef23")).toBe(false);
  });

  it("types and erases one character at a time, the separator going with its neighbour", () => {
    let code = "";
    for (const character of "K7MPQR2X") code = appendToPairingCode(code, character);
    expect(code).toBe("K7MP-QR2X");
    expect(appendToPairingCode(code, "A")).toBe("K7MP-QR2X");
    expect(removeLastFromPairingCode("K7MP-Q")).toBe("K7MP");
    expect(removeLastFromPairingCode("")).toBe("");
  });

  it("keeps every character the API may put in a code", () => {
    expect(formatPairingCode(pairingCodeAlphabet).replace("-", "")).toBe(pairingCodeAlphabet.slice(0, 8));
  });
});
