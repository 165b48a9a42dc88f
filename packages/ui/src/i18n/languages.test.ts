import { describe, expect, it } from "vitest";
import { pickLanguage } from "./languages.ts";

describe("pickLanguage", () => {
  it("takes the first supported candidate by its primary subtag", () => {
    expect(pickLanguage(["fr-FR", "de-AT", "en-US"])).toBe("de");
    expect(pickLanguage(["hi_IN"])).toBe("hi");
    expect(pickLanguage(["EN-gb"])).toBe("en");
  });

  it("skips empty candidates and falls back to English", () => {
    expect(pickLanguage([null, undefined, "", "ja"])).toBe("en");
    expect(pickLanguage([])).toBe("en");
  });
});
