import { registerSeatMapCatalogues } from "@marquee/seatmap";
import { featureNamespace } from "@marquee/ui/feature-namespace";
import { useTranslation } from "react-i18next";
import { seatsDe } from "./de.ts";
import { seatsEn } from "./en.ts";
import { seatsHi } from "./hi.ts";

/** The seat-selection screen's own catalogues, added beside the app's "web" namespace when the screen loads. */
const catalogues = featureNamespace("seats", { en: seatsEn, hi: seatsHi, de: seatsDe });

export const seatsNamespace = catalogues.namespace;

/** `t` for the seat-selection screen's strings; the seat map's own are "seatmap:…". */
export function useSeatsTranslation() {
  registerSeatMapCatalogues(useTranslation().i18n);
  return catalogues.useTranslation();
}
