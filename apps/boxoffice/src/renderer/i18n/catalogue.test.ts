import { catalogueDifferences } from "@marquee/ui";
import { describe, expect, it } from "vitest";
import boxofficeDe from "./de.ts";
import { boxofficeEn } from "./en.ts";
import boxofficeHi from "./hi.ts";

describe("the box office catalogue", () => {
  it.each([
    ["hi", boxofficeHi],
    ["de", boxofficeDe],
  ])("%s has exactly the English keys and placeholders", (_language, catalogue) => {
    expect(catalogueDifferences(boxofficeEn, catalogue)).toEqual([]);
  });
});
