import { describe, expect, it } from "vitest";
import { seatMapDe } from "./de.ts";
import { seatMapEn } from "./en.ts";
import { seatMapHi } from "./hi.ts";

const keysOf = (value: unknown, prefix = ""): string[] =>
  typeof value === "object" && value !== null
    ? Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${prefix}${key}.`))
    : [prefix.slice(0, -1)];
const placeholdersOf = (value: unknown): string[] =>
  typeof value === "object" && value !== null
    ? Object.values(value).flatMap(placeholdersOf)
    : [...String(value).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? "");

describe("the seat map's catalogues", () => {
  it.each([
    ["hi", seatMapHi],
    ["de", seatMapDe],
  ])("%s has every English key and placeholder, and nothing else", (_language, catalogue) => {
    expect(keysOf(catalogue).sort()).toEqual(keysOf(seatMapEn).sort());
    expect(placeholdersOf(catalogue).sort()).toEqual(placeholdersOf(seatMapEn).sort());
  });
});
