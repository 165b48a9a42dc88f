export const languages = ["en", "hi", "de"] as const;
export type Language = (typeof languages)[number];

/** Each language named in itself, so a reader can always find their own. */
export const languageNames: Record<Language, string> = {
  en: "English",
  hi: "हिन्दी",
  de: "Deutsch",
};

export const defaultLanguage: Language = "en";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

/**
 * The first supported language among the candidates (a stored choice first, then the
 * browser's preferences), matched on the primary subtag: "de-AT" picks German.
 */
export function pickLanguage(candidates: readonly (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    const primary = candidate?.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return defaultLanguage;
}
