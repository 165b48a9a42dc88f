import { catalogueDifferences } from "@marquee/ui";
import { describe, expect, it } from "vitest";
import { accountDe } from "./de.ts";
import { accountEn } from "./en.ts";
import { accountHi } from "./hi.ts";

describe("the account catalogue", () => {
  it.each([
    ["hi", accountHi],
    ["de", accountDe],
  ])("%s has exactly the English keys and placeholders", (_language, catalogue) => {
    expect(catalogueDifferences(accountEn, catalogue)).toEqual([]);
  });
});
