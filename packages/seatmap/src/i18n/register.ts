import { featureNamespace } from "@marquee/ui/feature-namespace";
import type { i18n as I18n } from "i18next";
import { seatMapDe } from "./de.ts";
import { seatMapEn } from "./en.ts";
import { seatMapHi } from "./hi.ts";

/** The seat map's words live in their own namespace, the same in every app that shows a map. */
const catalogues = featureNamespace("seatmap", { en: seatMapEn, hi: seatMapHi, de: seatMapDe });

export const seatMapNamespace = catalogues.namespace;

/** Adds the seat map's catalogues to an app's i18next instance (once). */
export const registerSeatMapCatalogues = (i18n: I18n): void => catalogues.register(i18n);

/** `t` for the seat map's words ("map.position", "state.sold", …) in the app's language. */
export const useSeatMapTranslation = catalogues.useTranslation;
