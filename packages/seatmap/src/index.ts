export { registerSeatMapCatalogues, seatMapNamespace, useSeatMapTranslation } from "./i18n/register.ts";
export { SeatMapLegend, type SeatMapLegendProps, Swatch } from "./Legend.tsx";
export { englishLabels, type SeatLabelInfo, type SeatMapLabels } from "./labels.ts";
export * from "./model/index.ts";
export { defaultPalette, type SeatMapPalette, tierColours } from "./render/palette.ts";
export type { DrawStats } from "./render/view.ts";
export { type RejectReason, SeatMap, type SeatMapHandle, type SeatMapProps } from "./SeatMap.tsx";
export { useTranslatedLabels } from "./translated-labels.ts";
