import { IconGlobe, isLanguage, useLanguage } from "@marquee/ui";
import { useId } from "react";
import { useTranslation } from "react-i18next";

export function LanguageSelect({ tone = "light" }: { tone?: "light" | "dark" }) {
  const { t } = useTranslation();
  const id = useId();
  const { language, setLanguage, languages, languageNames } = useLanguage();
  const colors =
    tone === "dark"
      ? "bg-white/8 text-white ring-white/15 hover:bg-white/12 [&>option]:text-ink-950"
      : "bg-white text-ink-800 ring-ink-300 hover:bg-ink-50";
  return (
    <div className="relative inline-flex items-center">
      <label htmlFor={id} className="sr-only">
        {t("common:language.label")}
      </label>
      <IconGlobe
        className={`pointer-events-none absolute left-2.5 size-4 ${tone === "dark" ? "text-white/70" : "text-ink-500"}`}
      />
      <select
        id={id}
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void setLanguage(event.target.value);
        }}
        className={`h-9 appearance-none rounded-lg py-0 pr-3 pl-8 text-sm font-medium ring-1 ring-inset ${colors}`}
      >
        {languages.map((option) => (
          <option key={option} value={option} lang={option}>
            {languageNames[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
