import i18next, { type BackendModule, type i18n as I18n, type ReadCallback } from "i18next";
import { initReactI18next } from "react-i18next";
import { defaultLanguage, isLanguage, type Language, languages, pickLanguage } from "./languages.ts";
import { commonEn } from "./locales/common.en.ts";

export type Catalogue = Record<string, unknown>;
export type CatalogueLoader = () => Promise<{ default: Catalogue }>;
/** English ships in the entry bundle as the fallback; the others load when first chosen. */
export type CatalogueLoaders = Record<Exclude<Language, "en">, CatalogueLoader>;

export const commonNamespace = "common";

const commonLoaders: CatalogueLoaders = {
  hi: () => import("./locales/common.hi.ts"),
  de: () => import("./locales/common.de.ts"),
};

export interface CreateI18nOptions {
  /** The app's own namespace ("web", "boxoffice", "kiosk"); shared strings live in "common". */
  namespace: string;
  en: Catalogue;
  load: CatalogueLoaders;
  language: Language;
  /** Called after every language change, e.g. to remember the choice. */
  onLanguageChanged?: (language: Language) => void;
}

/** An i18next backend that loads catalogues through dynamic imports, so bundlers split them. */
function catalogueBackend(loaders: Record<string, CatalogueLoaders>): BackendModule {
  return {
    type: "backend",
    callbackApi: true,
    init() {},
    read(language: string, namespace: string, callback: ReadCallback) {
      const load = isLanguage(language) && language !== "en" ? loaders[namespace]?.[language] : undefined;
      if (!load) {
        callback(null, {});
        return;
      }
      load().then(
        (module) => callback(null, module.default),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
      );
    },
  };
}

/** A ready i18next instance with the shared namespace and the app's own, wired into React. */
export async function createI18n(options: CreateI18nOptions): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.use(catalogueBackend({ [commonNamespace]: commonLoaders, [options.namespace]: options.load }));
  instance.use(initReactI18next);
  instance.on("languageChanged", (changed: string) => {
    const language = pickLanguage([changed]);
    if (typeof document !== "undefined") {
      document.documentElement.lang = language;
      document.documentElement.dir = instance.dir(language);
    }
    options.onLanguageChanged?.(language);
  });
  await instance.init({
    lng: options.language,
    supportedLngs: [...languages],
    fallbackLng: defaultLanguage,
    load: "languageOnly",
    ns: [commonNamespace, options.namespace],
    defaultNS: options.namespace,
    fallbackNS: commonNamespace,
    resources: { en: { [commonNamespace]: commonEn, [options.namespace]: options.en } },
    partialBundledLanguages: true,
    interpolation: { escapeValue: false }, // React escapes on render
    react: { useSuspense: false },
  });
  return instance;
}

/** The language to start in: a remembered choice, else the browser's preferences, else English. */
export function initialLanguage(storageKey: string): Language {
  let remembered: string | null = null;
  try {
    remembered = globalThis.localStorage?.getItem(storageKey) ?? null;
  } catch {
    // storage can be blocked (private mode, policies); the browser's languages still apply
  }
  return pickLanguage([remembered, ...(globalThis.navigator?.languages ?? [])]);
}

export function rememberLanguage(storageKey: string, language: Language): void {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // not remembering is fine
  }
}
