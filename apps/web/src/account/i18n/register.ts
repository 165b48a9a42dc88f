import type { i18n as I18n } from "i18next";
import { useTranslation } from "react-i18next";
import { accountDe } from "./de.ts";
import { accountEn } from "./en.ts";
import { accountHi } from "./hi.ts";

export const accountNamespace = "account";

/** The screen's own catalogues, added beside the app's "web" namespace when the screen loads. */
const catalogues = { en: accountEn, hi: accountHi, de: accountDe };

function register(i18n: I18n) {
  for (const [language, catalogue] of Object.entries(catalogues)) {
    if (!i18n.hasResourceBundle(language, accountNamespace))
      i18n.addResourceBundle(language, accountNamespace, catalogue, true, false);
  }
}

/** `t` for the account screen's strings. */
export function useAccountTranslation() {
  const { i18n } = useTranslation();
  register(i18n);
  return useTranslation(accountNamespace);
}
