import type { i18n as I18n } from "i18next";
import { useTranslation } from "react-i18next";
import { authDe } from "./de.ts";
import { authEn } from "./en.ts";
import { authHi } from "./hi.ts";

export const authNamespace = "auth";

/** The sign-in flows' own catalogues, added beside the app's "web" namespace when a screen loads. */
const catalogues = { en: authEn, hi: authHi, de: authDe };

function register(i18n: I18n) {
  for (const [language, catalogue] of Object.entries(catalogues)) {
    if (!i18n.hasResourceBundle(language, authNamespace))
      i18n.addResourceBundle(language, authNamespace, catalogue, true, false);
  }
}

/** `t` for the sign-in flows' strings. */
export function useAuthTranslation() {
  const { i18n } = useTranslation();
  register(i18n);
  return useTranslation(authNamespace);
}
