import { catalogueDifferences } from "@marquee/ui";
import { describe, expect, it } from "vitest";
import webDe from "./de.ts";
import { webEn } from "./en.ts";
import webHi from "./hi.ts";

describe("the web catalogue", () => {
  it.each([
    ["hi", webHi],
    ["de", webDe],
  ])("%s has exactly the English keys and placeholders", (_language, catalogue) => {
    expect(catalogueDifferences(webEn, catalogue)).toEqual([]);
  });
});
