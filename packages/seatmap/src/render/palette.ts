/** Colours of the map. Tier colours come from the data; these are everything else. */
export interface SeatMapPalette {
  /** Section floor (opaque) and, at overview zoom, its outline. */
  floor: string;
  floorLine: string;
  sectionLabel: string;
  /** Text halo, so labels stay readable over seats. */
  halo: string;
  rowLabel: string;
  stage: string;
  stageText: string;
  court: string;
  courtLine: string;
  screen: string;
  /** Seats nobody can choose now: fill, and the mark drawn on them. */
  held: string;
  heldMark: string;
  sold: string;
  soldMark: string;
  blocked: string;
  blockedMark: string;
  /** A seat you chose. */
  selected: string;
  selectedMark: string;
  selectedRing: string;
  /** Text and glyphs on a free seat. */
  onSeat: string;
  focus: string;
  hover: string;
  /** A seat that just changed: freed, or taken. */
  pulseFreed: string;
  pulseTaken: string;
  /** Used for tiers without a colour of their own. */
  tierFallbacks: string[];
}

export const defaultPalette: SeatMapPalette = {
  floor: "#f0f0f4",
  floorLine: "#d9d9e0",
  sectionLabel: "#3f3f46",
  halo: "rgba(255, 255, 255, 0.92)",
  rowLabel: "#71717a",
  stage: "#2a2150",
  stageText: "#ffffff",
  court: "#efe3cf",
  courtLine: "#c8ad7f",
  screen: "#6d5fd3",
  held: "#f4f4f5",
  heldMark: "#8b8b94",
  sold: "#d4d4d8",
  soldMark: "#52525b",
  blocked: "#ffffff",
  blockedMark: "#a1a1aa",
  selected: "#1c1740",
  selectedMark: "#ffffff",
  selectedRing: "#f5b40a",
  onSeat: "#ffffff",
  focus: "#c0126f",
  hover: "#18181b",
  pulseFreed: "#16a34a",
  pulseTaken: "#ea580c",
  tierFallbacks: ["#2563eb", "#7c3aed", "#059669", "#b45309", "#db2777", "#0891b2", "#4d7c0f", "#9333ea"],
};

/** Each tier's colour: its own, else one from the fallbacks in tier order. */
export function tierColours(tiers: { id: string; color: string | null }[], palette: SeatMapPalette) {
  const colours = new Map<string, string>();
  tiers.forEach((tier, i) => {
    colours.set(tier.id, tier.color ?? palette.tierFallbacks[i % palette.tierFallbacks.length] ?? "#2563eb");
  });
  return colours;
}
