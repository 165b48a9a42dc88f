import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { type Language, languageNames, languages, pickLanguage } from "./languages.ts";

/** The current language and a way to change it (loading its catalogues first). */
export function useLanguage() {
  const { i18n } = useTranslation();
  const language = pickLanguage([i18n.resolvedLanguage ?? i18n.language]);
  const setLanguage = useCallback(
    async (next: Language) => {
      await i18n.changeLanguage(next);
    },
    [i18n],
  );
  return { language, setLanguage, languages, languageNames };
}
