/** The seat map's own words (English: the reference catalogue). */
export const seatMapEn = {
  map: {
    name: "Seat map, {{hall}}",
    keyboardHelp:
      "Arrow keys move between seats, Enter or Space chooses, + and − zoom, Page Up and Page Down change section.",
    position: "Row {{row}} seat {{number}}",
    title: "Row {{row}} · Seat {{number}}",
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    resetView: "Show whole hall",
    legend: "Prices and key",
    highlightTier: "Highlight {{tier}} seats",
    soldOut: "Sold out",
    left_one: "{{count}} left",
    left_other: "{{count}} left",
  },
  status: {
    available: "Available",
    held: "On hold",
    sold: "Sold",
    blocked: "Not for sale",
    selected: "Selected",
    yours: "Your seats",
  },
  /** The end of a seat's spoken name: "Row F seat 12, Gold, ₹450, available". */
  state: {
    available: "available",
    held: "on hold",
    sold: "sold",
    blocked: "not for sale",
    selected: "selected",
  },
  features: {
    wheelchair: "Wheelchair space",
    companion: "Companion seat",
    access: "Easy access",
  },
  stage: {
    screen: "Screen",
    stage: "Stage",
    court: "Court / Stage",
  },
};
