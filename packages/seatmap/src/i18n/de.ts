import type { seatMapEn } from "./en.ts";

/** The seat map's own words. */
export const seatMapDe: typeof seatMapEn = {
  map: {
    name: "Saalplan, {{hall}}",
    keyboardHelp:
      "Pfeiltasten wechseln den Platz, Eingabe oder Leertaste wählt ihn, + und − zoomen, Bild auf und Bild ab wechseln den Bereich.",
    position: "Reihe {{row}} Platz {{number}}",
    title: "Reihe {{row}} · Platz {{number}}",
    zoomIn: "Vergrößern",
    zoomOut: "Verkleinern",
    resetView: "Ganzen Saal zeigen",
    legend: "Preise und Legende",
    highlightTier: "{{tier}}-Plätze hervorheben",
    soldOut: "Ausverkauft",
    left_one: "noch {{count}}",
    left_other: "noch {{count}}",
  },
  status: {
    available: "Frei",
    held: "Reserviert",
    sold: "Verkauft",
    blocked: "Nicht im Verkauf",
    selected: "Ausgewählt",
    yours: "Ihre Plätze",
  },
  state: {
    available: "frei",
    held: "reserviert",
    sold: "verkauft",
    blocked: "nicht im Verkauf",
    selected: "ausgewählt",
  },
  features: {
    wheelchair: "Rollstuhlplatz",
    companion: "Begleitplatz",
    access: "Barrierearmer Zugang",
  },
  stage: {
    screen: "Leinwand",
    stage: "Bühne",
    court: "Spielfeld / Bühne",
  },
};
