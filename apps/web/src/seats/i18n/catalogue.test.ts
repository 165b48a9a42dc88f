import { catalogueDifferences } from "@marquee/ui";
import { describe, expect, it } from "vitest";
import { seatsDe } from "./de.ts";
import { seatsEn } from "./en.ts";
import { seatsHi } from "./hi.ts";

describe("the seat-selection catalogue", () => {
  it.each([
    ["hi", seatsHi],
    ["de", seatsDe],
  ])("%s has exactly the English keys and placeholders", (_language, catalogue) => {
    expect(catalogueDifferences(seatsEn, catalogue)).toEqual([]);
  });
});
