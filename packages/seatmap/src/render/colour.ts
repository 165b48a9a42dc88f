/** Colour arithmetic for the few shades the map derives from a tier or stage colour. */

/** A hex colour at `share` strength over white, as an opaque colour. */
export function mix(hex: string, share: number): string {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) return hex;
  const n = Number.parseInt(match[1], 16);
  const channel = (shift: number) => Math.round(255 - (255 - ((n >> shift) & 255)) * share);
  return `rgb(${channel(16)}, ${channel(8)}, ${channel(0)})`;
}

/** A darker shade of a hex colour, for gradients. */
export function shade(hex: string): string {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) return hex;
  const n = Number.parseInt(match[1], 16);
  const channel = (shift: number) => Math.round(((n >> shift) & 255) * 0.72);
  return `rgb(${channel(16)}, ${channel(8)}, ${channel(0)})`;
}
