import { createI18n, defaultLanguage } from "@marquee/ui";
import { kioskEn } from "./en.ts";

/** Every customer starts in the kiosk's default language; nothing is remembered between them. */
export function createKioskI18n() {
  return createI18n({
    namespace: "kiosk",
    en: kioskEn,
    load: { hi: () => import("./hi.ts"), de: () => import("./de.ts") },
    language: defaultLanguage,
  });
}
