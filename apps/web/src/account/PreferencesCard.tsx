import { IconPin, useLanguage } from "@marquee/ui";
import { Link } from "react-router";
import { useCity } from "../city/use-cities.ts";
import { AccountCard } from "./AccountCard.tsx";
import { useAccountTranslation } from "./i18n/register.ts";

/** The language Marquee speaks and the city it shows. */
export function PreferencesCard() {
  const { t } = useAccountTranslation();
  const city = useCity();
  const { language, setLanguage, languages, languageNames } = useLanguage();

  return (
    <AccountCard level={2} title={t("preferences.heading")}>
      <div className="mt-4 grid gap-5 sm:grid-cols-2">
        <div>
          <label htmlFor="account-language" className="block text-sm font-medium text-ink-800">
            {t("common:language.label")}
          </label>
          <select
            id="account-language"
            value={language}
            onChange={(event) => setLanguage(event.target.value as typeof language)}
            className="mt-1.5 block h-12 w-full rounded-control border border-ink-300 bg-white px-3 text-base"
          >
            {languages.map((option) => (
              <option key={option} value={option} lang={option}>
                {languageNames[option]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <p className="text-sm font-medium text-ink-800">{t("preferences.city")}</p>
          <Link
            to="/city"
            className="mt-1.5 flex h-12 items-center gap-2 rounded-control border border-ink-300 bg-white px-3 font-semibold text-ink-900 hover:border-ink-400"
          >
            <IconPin className="size-5 text-brand-600" />
            {city?.name ?? t("preferences.noCity")}
            <span className="ml-auto text-sm font-normal text-brand-700">{t("preferences.change")}</span>
          </Link>
        </div>
      </div>
    </AccountCard>
  );
}
