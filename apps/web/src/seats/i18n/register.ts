import type { i18n as I18n } from "i18next";
import { useTranslation } from "react-i18next";
import { seatsDe } from "./de.ts";
import { seatsEn } from "./en.ts";
import { seatsHi } from "./hi.ts";

export const seatsNamespace = "seats";

/** The screen's own catalogues, added beside the app's "web" namespace when the screen loads. */
const catalogues = { en: seatsEn, hi: seatsHi, de: seatsDe };

function register(i18n: I18n) {
  for (const [language, catalogue] of Object.entries(catalogues)) {
    if (!i18n.hasResourceBundle(language, seatsNamespace))
      i18n.addResourceBundle(language, seatsNamespace, catalogue, true, false);
  }
}

/** `t` for the seat-selection screen's strings. */
export function useSeatsTranslation() {
  const { i18n } = useTranslation();
  register(i18n);
  return useTranslation(seatsNamespace);
}
