/**
 * Marks drawn on seats, as SVG path data on a 24-unit box: the canvas strokes them through
 * Path2D and the legend draws the very same paths in SVG, so the key matches the map.
 */
export const glyphs = {
  check: "M6.5 12.5l3.8 3.7 7.2-8",
  cross: "M7.5 7.5l9 9M16.5 7.5l-9 9",
  slash: "M8 16l8-8",
  dash: "M7.5 12h9",
  wheelchair: "M12.6 4.6a1.6 1.6 0 1 1-.01 0M11.4 8.4v5.8h5l1.9 4.6M11.4 10.9h4.1M8.3 11.4a5 5 0 1 0 7.6 6",
  companion: "M15 8.2a3 3 0 1 1-6 0a3 3 0 1 1 6 0M6.4 19c.8-3.3 3-5.1 5.6-5.1s4.8 1.8 5.6 5.1",
  access: "M5 17.5h14V7.5Z",
} as const;

export type GlyphName = keyof typeof glyphs;

let cache: Map<GlyphName, Path2D> | null = null;

export function glyphPath(name: GlyphName): Path2D {
  cache ??= new Map();
  let path = cache.get(name);
  if (!path) {
    path = new Path2D(glyphs[name]);
    cache.set(name, path);
  }
  return path;
}
