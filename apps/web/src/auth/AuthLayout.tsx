import { IconTicket } from "@marquee/ui";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** The frame around sign-in and registration: the form, and on wide screens a bit of theatre. */
export function AuthLayout({ title, lede, children }: { title: string; lede?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 sm:px-6 sm:py-14 lg:grid-cols-[1fr_1.05fr] lg:items-stretch">
      <section
        data-surface="dark"
        aria-hidden="true"
        className="relative hidden overflow-hidden rounded-card bg-night-950 p-10 text-white lg:flex lg:flex-col lg:justify-end"
      >
        <div className="absolute inset-x-0 top-0 h-28 bg-bulbs opacity-70 [mask-image:linear-gradient(to_bottom,black,transparent)]" />
        <div className="absolute -top-24 -right-24 size-96 rounded-full bg-brand-600/45 blur-3xl" />
        <div className="absolute -bottom-32 -left-16 size-96 rounded-full bg-night-600/60 blur-3xl" />
        <div className="relative">
          <IconTicket className="size-10 text-gold-300" />
          <p className="mt-6 text-3xl leading-tight font-bold tracking-tight text-balance">
            {t("auth.panelHeading")}
          </p>
          <p className="mt-3 max-w-sm text-white/70">{t("auth.panelBody")}</p>
        </div>
      </section>
      <section className="mx-auto w-full max-w-md py-2 lg:py-10">
        <h1 className="text-3xl font-bold tracking-tight text-ink-950 outline-none sm:text-4xl">{title}</h1>
        {lede && <p className="mt-2 text-ink-600">{lede}</p>}
        <div className="mt-8">{children}</div>
      </section>
    </div>
  );
}
