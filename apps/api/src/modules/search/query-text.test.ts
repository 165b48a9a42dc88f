import { describe, expect, it } from "vitest";
import {
  decodeOffsetCursor,
  encodeOffsetCursor,
  normalisedQuery,
  prefixTsQuery,
  queryTerms,
} from "./query-text.ts";

describe("query text", () => {
  it("keeps words in any script and drops punctuation", () => {
    expect(queryTerms("  Orbit, of GLASS!! ")).toEqual(["orbit", "of", "glass"]);
    expect(queryTerms("दिल से 2")).toEqual(["दिल", "से", "2"]);
    expect(queryTerms("Zoë's café")).toEqual(["zoë", "s", "café"]);
  });

  it("makes every word a prefix and cannot be tricked into tsquery syntax", () => {
    expect(prefixTsQuery("orbit gla")).toBe("orbit:* & gla:*");
    expect(prefixTsQuery("a & b | !c:*")).toBe("a:* & b:* & c:*");
    expect(prefixTsQuery(" ?! ")).toBeNull();
  });

  it("normalises for trigram matching", () => {
    expect(normalisedQuery("Orbt  of-Glas")).toBe("orbt of glas");
  });

  it("round-trips the page cursor and rejects anything else", () => {
    expect(decodeOffsetCursor(encodeOffsetCursor(40))).toBe(40);
    expect(decodeOffsetCursor("nonsense")).toBeNull();
  });
});
