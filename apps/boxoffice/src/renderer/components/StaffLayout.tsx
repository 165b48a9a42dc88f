import { Wordmark } from "@marquee/ui";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Clock } from "./Clock.tsx";
import { LanguageSelect } from "./LanguageSelect.tsx";
import { TerminalStatus } from "./TerminalStatus.tsx";

/**
 * The counter before anyone works it (pairing, sign-in): the dark panel with the clock and
 * what this screen is for, beside the form.
 */
export function StaffLayout({
  panelHeading,
  panelBody,
  children,
}: {
  panelHeading: string;
  panelBody: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="grid min-h-dvh lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
      <aside
        data-surface="dark"
        className="relative isolate flex flex-col gap-5 overflow-hidden bg-night-950 px-5 py-5 text-white sm:px-8 lg:px-12 lg:py-10"
      >
        <div aria-hidden="true" className="absolute inset-0 -z-10">
          <div className="absolute inset-x-0 top-0 h-24 bg-bulbs opacity-50 [mask-image:linear-gradient(to_bottom,black,transparent)]" />
          <div className="absolute -right-32 -bottom-40 size-[30rem] rounded-full bg-brand-600/35 blur-3xl" />
          <div className="absolute -top-20 -left-24 size-80 rounded-full bg-night-600/60 blur-3xl" />
        </div>
        <div className="flex items-center justify-between gap-3">
          <Wordmark tone="dark" product={t("product")} className="text-xl" />
          <span className="lg:hidden">
            <LanguageSelect tone="dark" />
          </span>
        </div>
        <div className="hidden lg:mt-auto lg:block">
          <Clock showDate className="text-7xl leading-none font-bold tracking-tight" />
          <h2 className="mt-10 text-2xl font-bold">{panelHeading}</h2>
          <p className="mt-2 max-w-sm text-white/70">{panelBody}</p>
        </div>
        <div>
          <TerminalStatus tone="dark" />
        </div>
      </aside>

      <main className="flex items-start justify-center px-5 py-8 sm:items-center sm:px-8 sm:py-10">
        <div className="w-full max-w-md">
          {children}
          <div className="mt-10 hidden justify-center lg:flex">
            <LanguageSelect />
          </div>
        </div>
      </main>
    </div>
  );
}
