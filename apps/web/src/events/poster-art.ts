import type { EventKind } from "@marquee/contracts";

/**
 * The generated poster for an event without artwork: a gradient and a motif chosen by kind,
 * varied by a hash of the slug so neighbouring cards never look the same.
 */
export interface PosterArt {
  from: string;
  via: string;
  to: string;
  accent: string;
  motif: "rays" | "rings" | "curtain" | "pitch" | "spot" | "grid";
}

const palettes: Record<EventKind, Omit<PosterArt, "motif">[]> = {
  movie: [
    { from: "#1b1638", via: "#4c1d95", to: "#be185d", accent: "#fde68a" },
    { from: "#0f172a", via: "#1e3a8a", to: "#0ea5e9", accent: "#fef3c7" },
    { from: "#1c1917", via: "#7c2d12", to: "#f59e0b", accent: "#fffbeb" },
    { from: "#042f2e", via: "#115e59", to: "#2dd4bf", accent: "#ecfeff" },
    { from: "#2e1065", via: "#7e22ce", to: "#f472b6", accent: "#fdf4ff" },
    { from: "#3f0d12", via: "#a1121c", to: "#f97316", accent: "#fff7ed" },
    { from: "#052e2b", via: "#166534", to: "#facc15", accent: "#fefce8" },
  ],
  play: [
    { from: "#450a0a", via: "#991b1b", to: "#f59e0b", accent: "#fef3c7" },
    { from: "#3b0764", via: "#86198f", to: "#fb7185", accent: "#fff1f2" },
  ],
  concert: [
    { from: "#1e1b4b", via: "#6d28d9", to: "#f0abfc", accent: "#fdf4ff" },
    { from: "#172554", via: "#be185d", to: "#fbbf24", accent: "#fffbeb" },
  ],
  sport: [
    { from: "#052e16", via: "#15803d", to: "#a3e635", accent: "#f7fee7" },
    { from: "#0c4a6e", via: "#0369a1", to: "#34d399", accent: "#ecfeff" },
  ],
  comedy: [
    { from: "#431407", via: "#c2410c", to: "#fde047", accent: "#fefce8" },
    { from: "#4a044e", via: "#db2777", to: "#fdba74", accent: "#fff7ed" },
  ],
  virtual: [
    { from: "#082f49", via: "#4338ca", to: "#22d3ee", accent: "#ecfeff" },
    { from: "#18181b", via: "#3730a3", to: "#a78bfa", accent: "#f5f3ff" },
  ],
};

/** Motifs each kind draws from: films vary the most, so a row of them never repeats itself. */
const motifs: Record<EventKind, PosterArt["motif"][]> = {
  movie: ["rays", "spot", "rings", "grid"],
  play: ["curtain", "spot"],
  concert: ["rings", "rays"],
  sport: ["pitch"],
  comedy: ["spot", "curtain"],
  virtual: ["grid", "rings"],
};

/** A small, stable string hash (FNV-1a), enough to spread slugs over a handful of palettes. */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // a final avalanche (murmur3's) so slugs that share a prefix still land far apart
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

export function posterArtFor(kind: EventKind, slug: string): PosterArt {
  const hash = hashOf(slug);
  // the palette from the hash's high bits, the motif from its low ones: independent choices
  const palette = palettes[kind][Math.floor((hash / 2 ** 32) * palettes[kind].length)] ?? palettes.movie[0];
  const motif = motifs[kind][(hash & 0xff) % motifs[kind].length] ?? "rays";
  return { ...(palette as Omit<PosterArt, "motif">), motif };
}
