import { useNow, Wordmark } from "@marquee/ui";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** The dark stage every kiosk screen stands on: glow, a row of bulbs, the mark and the time. */
export function KioskFrame({ children, top }: { children: ReactNode; top?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  return (
    <div
      data-surface="dark"
      className="relative isolate flex min-h-dvh flex-col overflow-hidden bg-night-950 text-white"
    >
      <div aria-hidden="true" className="absolute inset-0 -z-10">
        <div className="absolute inset-x-0 top-0 h-32 bg-bulbs opacity-60 [mask-image:linear-gradient(to_bottom,black,transparent)]" />
        <div className="absolute -top-1/4 -right-1/4 size-[70vmax] animate-[drift_18s_ease-in-out_infinite_alternate] rounded-full bg-brand-600/30 blur-3xl" />
        <div className="absolute -bottom-1/3 -left-1/4 size-[70vmax] animate-[drift_22s_ease-in-out_infinite_alternate-reverse] rounded-full bg-night-600/55 blur-3xl" />
      </div>
      <header className="flex items-center justify-between gap-4 px-6 pt-6 sm:px-10 sm:pt-8">
        {top ?? <Wordmark tone="dark" product={t("product")} className="text-xl sm:text-3xl" />}
        <time
          dateTime={now.toISOString()}
          className="text-xl font-semibold whitespace-nowrap tabular-nums text-white/85 sm:text-3xl"
        >
          {new Intl.DateTimeFormat(i18n.resolvedLanguage, { hour: "numeric", minute: "2-digit" }).format(now)}
        </time>
      </header>
      {children}
    </div>
  );
}
