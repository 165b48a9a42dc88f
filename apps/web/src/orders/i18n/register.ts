import type { i18n as I18n } from "i18next";
import { useTranslation } from "react-i18next";
import { cancellationDe } from "./de.ts";
import { cancellationEn } from "./en.ts";
import { cancellationHi } from "./hi.ts";

export const cancellationNamespace = "cancellation";

/** Its own catalogues, added beside the app's "web" namespace when the order page loads. */
const catalogues = { en: cancellationEn, hi: cancellationHi, de: cancellationDe };

function register(i18n: I18n) {
  for (const [language, catalogue] of Object.entries(catalogues)) {
    if (!i18n.hasResourceBundle(language, cancellationNamespace))
      i18n.addResourceBundle(language, cancellationNamespace, catalogue, true, false);
  }
}

/** `t` for cancelling a booking or some of its tickets. */
export function useCancellationTranslation() {
  const { i18n } = useTranslation();
  register(i18n);
  return useTranslation(cancellationNamespace);
}
