import { createI18n, initialLanguage, rememberLanguage } from "@marquee/ui";
import { webEn } from "./en.ts";

const storageKey = "marquee.language";

export function createWebI18n() {
  return createI18n({
    namespace: "web",
    en: webEn,
    load: { hi: () => import("./hi.ts"), de: () => import("./de.ts") },
    language: initialLanguage(storageKey),
    onLanguageChanged: (language) => rememberLanguage(storageKey, language),
  });
}
