import { createI18n, initialLanguage, rememberLanguage } from "@marquee/ui";
import { boxofficeEn } from "./en.ts";

const storageKey = "marquee.boxoffice.language";

export function createBoxOfficeI18n() {
  return createI18n({
    namespace: "boxoffice",
    en: boxofficeEn,
    load: { hi: () => import("./hi.ts"), de: () => import("./de.ts") },
    language: initialLanguage(storageKey),
    onLanguageChanged: (language) => rememberLanguage(storageKey, language),
  });
}
