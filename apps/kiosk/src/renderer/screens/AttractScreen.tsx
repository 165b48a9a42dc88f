import { IconArrowRight, IconTicket, type Language, useLanguage } from "@marquee/ui";
import { useTranslation } from "react-i18next";
import { KioskFrame } from "../components/KioskFrame.tsx";

export function AttractScreen({ onBuy, onPickup }: { onBuy: () => void; onPickup: () => void }) {
  const { t } = useTranslation();

  return (
    <KioskFrame>
      <main className="flex flex-1 flex-col justify-center px-6 py-10 sm:px-10 lg:px-16">
        <p className="text-lg font-semibold tracking-wide text-gold-300 sm:text-2xl portrait:sm:text-3xl">
          {t("attract.eyebrow")}
        </p>
        <h1 className="mt-3 max-w-4xl text-5xl leading-[1.05] font-extrabold tracking-tight text-balance sm:text-7xl portrait:sm:text-8xl">
          {t("attract.heading")}
        </h1>

        <div className="mt-10 grid gap-4 sm:mt-14 sm:gap-6 landscape:lg:grid-cols-[1.35fr_1fr] portrait:sm:mt-20">
          <button
            type="button"
            onClick={onBuy}
            className="group flex min-h-36 items-center gap-5 rounded-[2rem] bg-gradient-to-br from-brand-500 to-brand-700 p-6 text-left shadow-[0_20px_60px_-20px] shadow-brand-500/70 ring-1 ring-white/20 transition active:scale-[0.98] sm:min-h-48 sm:p-8 portrait:sm:min-h-72 portrait:sm:p-12"
          >
            <span className="grid size-16 shrink-0 place-items-center rounded-2xl bg-white/15 sm:size-20 portrait:sm:size-32 portrait:sm:rounded-3xl">
              <IconTicket className="size-9 sm:size-11 portrait:sm:size-18" />
            </span>
            <span className="min-w-0 flex-1">
              <span className="block text-3xl leading-tight font-bold sm:text-4xl portrait:sm:text-6xl">
                {t("attract.buy")}
              </span>
              <span className="mt-1 block text-lg text-white/80 sm:text-xl portrait:sm:mt-3 portrait:sm:text-3xl">
                {t("attract.buyHint")}
              </span>
            </span>
            <IconArrowRight className="hidden size-10 shrink-0 transition group-active:translate-x-1 sm:block" />
          </button>
          <button
            type="button"
            onClick={onPickup}
            className="flex min-h-28 items-center gap-5 rounded-[2rem] bg-white/8 p-6 text-left ring-1 ring-white/20 backdrop-blur-sm transition active:scale-[0.98] sm:min-h-48 sm:p-8 portrait:sm:min-h-52 portrait:sm:p-12"
          >
            <span className="min-w-0 flex-1">
              <span className="block text-2xl leading-tight font-bold sm:text-3xl portrait:sm:text-5xl">
                {t("attract.pickup")}
              </span>
              <span className="mt-1 block text-lg text-white/70 sm:text-xl portrait:sm:mt-3 portrait:sm:text-3xl">
                {t("attract.pickupHint")}
              </span>
            </span>
          </button>
        </div>
      </main>

      <footer className="px-6 pb-8 sm:px-10 lg:px-16">
        <LanguagePicker />
      </footer>
    </KioskFrame>
  );
}

/** Three big buttons, each language named in itself. */
export function LanguagePicker() {
  const { t } = useTranslation();
  const { language, setLanguage, languages, languageNames } = useLanguage();
  return (
    <fieldset>
      <legend className="mb-3 text-base font-medium text-white/60 portrait:sm:text-2xl">
        {t("attract.language")}
      </legend>
      <div className="flex flex-wrap gap-3">
        {languages.map((option: Language) => (
          <button
            key={option}
            type="button"
            lang={option}
            aria-pressed={option === language}
            onClick={() => void setLanguage(option)}
            className="min-h-16 min-w-32 rounded-2xl px-6 text-xl font-semibold ring-1 ring-white/25 transition active:scale-95 aria-pressed:bg-white aria-pressed:text-night-950 aria-pressed:ring-white portrait:sm:min-h-24 portrait:sm:min-w-52 portrait:sm:text-3xl"
          >
            {languageNames[option]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
