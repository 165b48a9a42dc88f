import { Wordmark } from "@marquee/ui";
import { useTranslation } from "react-i18next";

export function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="mt-16 border-t border-ink-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-8 text-sm text-ink-600 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-3">
          <Wordmark className="text-base" />
          <span className="hidden text-ink-400 sm:inline" aria-hidden="true">
            ·
          </span>
          <span>{t("meta.tagline")}</span>
        </div>
        <p>{t("shell.copyright", { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
