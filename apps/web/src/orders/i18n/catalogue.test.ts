import { catalogueDifferences } from "@marquee/ui";
import { describe, expect, it } from "vitest";
import { cancellationDe } from "./de.ts";
import { cancellationEn } from "./en.ts";
import { cancellationHi } from "./hi.ts";

describe("the cancellation catalogue", () => {
  it.each([
    ["hi", cancellationHi],
    ["de", cancellationDe],
  ])("%s has exactly the English keys and placeholders", (_language, catalogue) => {
    expect(catalogueDifferences(cancellationEn, catalogue)).toEqual([]);
  });
});
