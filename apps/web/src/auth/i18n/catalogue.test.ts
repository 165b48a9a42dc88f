import { catalogueDifferences } from "@marquee/ui";
import { describe, expect, it } from "vitest";
import { authDe } from "./de.ts";
import { authEn } from "./en.ts";
import { authHi } from "./hi.ts";

describe("the sign-in flows' catalogue", () => {
  it.each([
    ["hi", authHi],
    ["de", authDe],
  ])("%s has exactly the English keys and placeholders", (_language, catalogue) => {
    expect(catalogueDifferences(authEn, catalogue)).toEqual([]);
  });
});
