import { IconChevronDown, IconGlobe, useLanguage } from "@marquee/ui";
import { useTranslation } from "react-i18next";
import { useDisclosure } from "./use-disclosure.ts";

export function LanguageMenu() {
  const { t } = useTranslation();
  const { language, setLanguage, languages, languageNames } = useLanguage();
  const { open, close, containerRef, buttonProps, panelProps } = useDisclosure();

  return (
    <div ref={containerRef} className="relative">
      <button
        {...buttonProps}
        aria-label={t("shell.language", { code: language.toUpperCase(), language: languageNames[language] })}
        className="flex h-10 items-center gap-1.5 rounded-control px-2.5 text-sm font-semibold text-ink-700 hover:bg-ink-100 hover:text-ink-950"
      >
        <IconGlobe className="size-5" />
        <span className="uppercase" aria-hidden="true">
          {language}
        </span>
        <IconChevronDown className={`size-4 transition-transform ${open ? "rotate-180" : ""}`} />
      </button>
      <div
        {...panelProps}
        className="absolute right-0 z-40 mt-2 w-48 animate-fade-in rounded-control bg-white p-1.5 shadow-pop ring-1 ring-ink-200"
      >
        <p className="px-3 pt-1.5 pb-1 text-xs font-semibold tracking-wide text-ink-500 uppercase">
          {t("common:language.label")}
        </p>
        <ul>
          {languages.map((option) => (
            <li key={option}>
              <button
                type="button"
                lang={option}
                aria-current={option === language ? "true" : undefined}
                onClick={async () => {
                  await setLanguage(option);
                  close(true);
                }}
                className="flex w-full items-center justify-between rounded-lg px-3 py-2.5 text-left text-ink-800 hover:bg-ink-100 aria-[current]:bg-brand-50 aria-[current]:font-semibold aria-[current]:text-brand-800"
              >
                {languageNames[option]}
                {option === language && (
                  <span className="size-2 rounded-full bg-brand-600" aria-hidden="true" />
                )}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
