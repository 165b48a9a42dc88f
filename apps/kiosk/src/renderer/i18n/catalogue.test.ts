import { catalogueDifferences } from "@marquee/ui";
import { describe, expect, it } from "vitest";
import kioskDe from "./de.ts";
import { kioskEn } from "./en.ts";
import kioskHi from "./hi.ts";

describe("the kiosk catalogue", () => {
  it.each([
    ["hi", kioskHi],
    ["de", kioskDe],
  ])("%s has exactly the English keys and placeholders", (_language, catalogue) => {
    expect(catalogueDifferences(kioskEn, catalogue)).toEqual([]);
  });
});
