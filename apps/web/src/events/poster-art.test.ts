import { eventKinds } from "@marquee/contracts";
import { describe, expect, it } from "vitest";
import { hashOf, posterArtFor } from "./poster-art.ts";

describe("generated posters", () => {
  it("are stable for an event and defined for every kind", () => {
    for (const kind of eventKinds) {
      const art = posterArtFor(kind, "orbit-of-glass");
      expect(art).toEqual(posterArtFor(kind, "orbit-of-glass"));
      expect(art.from).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(hashOf("a")).not.toBe(hashOf("b"));
  });

  it("vary across a row of films", () => {
    const slugs = [
      "orbit-of-glass",
      "vaari",
      "chaalbaaz-company",
      "atlas-of-small-things",
      "dil-ki-dhun",
      "shikaar",
    ];
    const palettes = new Set(slugs.map((slug) => posterArtFor("movie", slug).via));
    const motifs = new Set(slugs.map((slug) => posterArtFor("movie", slug).motif));
    expect(palettes.size).toBeGreaterThanOrEqual(4);
    expect(motifs.size).toBeGreaterThanOrEqual(3);
  });
});
