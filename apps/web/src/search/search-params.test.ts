import { describe, expect, it } from "vitest";
import { activeFilterCount, readFilters, toggle, writeFilters } from "./search-params.ts";

describe("search filters in the URL", () => {
  it("round-trips every filter", () => {
    const params = new URLSearchParams(
      "q=orbit&kind=movie&kind=play&genre=Sci-Fi&lang=hi&format=IMAX&date=weekend&priceMax=50000",
    );
    const filters = readFilters(params);
    expect(filters).toEqual({
      q: "orbit",
      kinds: ["movie", "play"],
      genres: ["Sci-Fi"],
      languages: ["hi"],
      formats: ["IMAX"],
      date: "weekend",
      priceMax: 50_000,
    });
    expect(writeFilters(filters).toString()).toBe(params.toString());
    expect(activeFilterCount(filters)).toBe(7);
  });

  it("ignores values it does not know", () => {
    const filters = readFilters(
      new URLSearchParams("kind=opera&format=8K&date=someday&priceMax=-3&lang=<b>"),
    );
    expect(filters).toMatchObject({ kinds: [], formats: [], date: "any", priceMax: null, languages: [] });
  });

  it("toggles a facet value", () => {
    expect(toggle(["a"], "b")).toEqual(["a", "b"]);
    expect(toggle(["a", "b"], "a")).toEqual(["b"]);
  });
});
