import { errorCodes } from "@marquee/contracts";
import { describe, expect, it } from "vitest";
import commonDe from "./locales/common.de.ts";
import { commonEn } from "./locales/common.en.ts";
import commonHi from "./locales/common.hi.ts";
import { catalogueDifferences } from "./messages.ts";

describe("the shared catalogue", () => {
  it.each([
    ["hi", commonHi],
    ["de", commonDe],
  ])("%s has exactly the English keys and placeholders", (_language, catalogue) => {
    expect(catalogueDifferences(commonEn, catalogue)).toEqual([]);
  });

  it("has a message for every error code the API can send", () => {
    for (const code of Object.keys(errorCodes)) {
      expect(commonEn.errors).toHaveProperty(code);
      expect(commonHi.errors).toHaveProperty(code);
      expect(commonDe.errors).toHaveProperty(code);
    }
  });

  it("reports drift when a translation falls behind", () => {
    const stale = { a: "A", b: { c: "Hallo {{name}}" }, old: "x" };
    expect(catalogueDifferences({ a: "A", b: { c: "Hello {{name}}", d: "D" } }, stale)).toEqual([
      "missing b.d",
      "extra old",
    ]);
    expect(catalogueDifferences({ greeting: "Hi {{name}}" }, { greeting: "Hallo {{nom}}" })).toEqual([
      "placeholders differ in greeting",
    ]);
  });
});
