import type { City } from "@marquee/contracts";
import { currencyExponent } from "@marquee/contracts";
import {
  buttonClasses,
  IconArrowRight,
  IconClock,
  IconPin,
  IconSparkle,
  IconTicket,
  Money,
  useNow,
} from "@marquee/ui";
import type { ComponentType, SVGProps } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router";
import { useWebSession } from "../app/session.ts";
import { countryName, currencyName, currencySymbol, localTime } from "../city/city-facts.ts";
import { useCity } from "../city/use-cities.ts";
import { FilmIcon, MasksIcon, MusicIcon, SportIcon } from "./category-icons.tsx";
import { TicketArt } from "./TicketArt.tsx";

export function HomePage() {
  const city = useCity();
  if (!city) return <Navigate to="/city" replace />;
  return <CityHome city={city} />;
}

function CityHome({ city }: { city: City }) {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t("home.title", { city: city.name })} · Marquee`}</title>
      <Hero city={city} />
      <WhatsOn city={city} />
      <AccountNudge />
    </>
  );
}

function Hero({ city }: { city: City }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "en";
  const now = useNow();
  const clock = localTime(now, city.timeZone, language);
  const example = { amountMinor: 1250 * 10 ** currencyExponent(city.currency), currency: city.currency };

  return (
    <section
      data-surface="dark"
      aria-labelledby="hero-heading"
      className="relative isolate overflow-hidden bg-night-950 text-white"
    >
      <div aria-hidden="true" className="absolute inset-0 -z-10">
        <div className="absolute inset-x-0 top-0 h-24 bg-bulbs opacity-60 [mask-image:linear-gradient(to_bottom,black,transparent)]" />
        <div className="absolute -top-40 right-[-10%] size-[34rem] rounded-full bg-brand-600/40 blur-3xl" />
        <div className="absolute bottom-[-55%] left-[-15%] size-[38rem] rounded-full bg-night-600/70 blur-3xl" />
        <div className="absolute inset-x-0 bottom-0 h-px bg-gradient-to-r from-transparent via-gold-300/50 to-transparent" />
      </div>

      <div className="mx-auto max-w-6xl px-4 pt-12 pb-10 sm:px-6 sm:pt-20 sm:pb-14">
        <div className="flex items-center justify-between gap-10">
          <div className="min-w-0">
            <p className="inline-flex items-center gap-1.5 rounded-full bg-white/8 py-1 pr-3 pl-2 text-sm font-medium text-gold-200 ring-1 ring-white/15">
              <IconPin className="size-4" />
              {city.name}, {countryName(city.country, language)}
            </p>
            <h1
              id="hero-heading"
              className="mt-5 max-w-3xl text-4xl leading-[1.08] font-extrabold tracking-tight text-balance outline-none sm:text-6xl"
            >
              {t("home.heading", { city: city.name })}
            </h1>
            <p className="mt-5 max-w-2xl text-lg text-pretty text-white/75">{t("home.lede")}</p>
          </div>
          <TicketArt city={city.name} day={clock.day} />
        </div>

        <dl className="mt-10 grid grid-cols-2 gap-3 sm:grid-cols-3">
          <div className="rounded-card bg-white/6 p-4 ring-1 ring-white/12 backdrop-blur-sm sm:p-5">
            <dt className="flex items-center gap-2 text-sm font-medium text-white/65">
              <IconClock className="size-4 shrink-0 text-gold-300" />
              {t("home.localTime")}
            </dt>
            <dd className="mt-2">
              <time dateTime={clock.iso} className="block text-2xl font-bold tabular-nums sm:text-3xl">
                {clock.time}
              </time>
              <span className="mt-1 block text-sm text-white/65">
                {clock.day}
                <span className="hidden sm:inline"> · </span>
                <span className="block sm:inline">{clock.zone}</span>
              </span>
            </dd>
          </div>
          <div className="rounded-card bg-white/6 p-4 ring-1 ring-white/12 backdrop-blur-sm sm:p-5">
            <dt className="flex items-center gap-2 text-sm font-medium text-white/65">
              <IconTicket className="size-4 shrink-0 text-gold-300" />
              {t("home.prices")}
            </dt>
            <dd className="mt-2">
              <span className="block text-2xl font-bold sm:text-3xl">
                {currencySymbol(city.currency, language)}{" "}
                <span className="text-base font-semibold text-white/80 sm:text-lg">{city.currency}</span>
              </span>
              <span className="mt-1 block text-sm text-white/65">
                {currencyName(city.currency, language)}
                <span className="hidden sm:inline"> · </span>
                <span className="block sm:inline">
                  {t("home.priceExample")} <Money value={example} />
                </span>
              </span>
            </dd>
          </div>
          <div className="col-span-2 flex items-center justify-between gap-4 rounded-card bg-gradient-to-br from-brand-600 to-brand-800 p-4 shadow-pop ring-1 ring-white/10 sm:col-span-1 sm:flex-col sm:items-start sm:p-5">
            <p className="text-sm font-medium text-white/85">{t("home.elsewhere")}</p>
            <Link
              to="/city"
              className={buttonClasses({ variant: "inverse", size: "md", className: "shrink-0" })}
            >
              {t("home.changeCity")}
              <IconArrowRight className="size-4" />
            </Link>
          </div>
        </dl>
      </div>
    </section>
  );
}

const categories: {
  key: "movies" | "theatre" | "concerts" | "sport";
  Icon: ComponentType<SVGProps<SVGSVGElement>>;
  tint: string;
}[] = [
  { key: "movies", Icon: FilmIcon, tint: "from-brand-100 to-brand-50 text-brand-700" },
  { key: "theatre", Icon: MasksIcon, tint: "from-violet-100 to-violet-50 text-violet-700" },
  { key: "concerts", Icon: MusicIcon, tint: "from-gold-200 to-gold-100 text-amber-800" },
  { key: "sport", Icon: SportIcon, tint: "from-emerald-100 to-emerald-50 text-emerald-700" },
];

function WhatsOn({ city }: { city: City }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="whats-on-heading" className="mx-auto max-w-6xl px-4 pt-12 sm:px-6 sm:pt-16">
      <h2 id="whats-on-heading" className="text-2xl font-bold tracking-tight text-ink-950 sm:text-3xl">
        {t("home.whatsOn", { city: city.name })}
      </h2>

      <div className="mt-6 grid gap-6 lg:grid-cols-[1.1fr_1fr]">
        <div className="relative flex flex-col justify-center overflow-hidden rounded-card bg-white p-6 shadow-card ring-1 ring-ink-200 sm:p-8">
          <div
            aria-hidden="true"
            className="absolute -top-16 -right-16 size-48 rounded-full bg-brand-100 blur-2xl"
          />
          <div className="relative">
            <span className="grid size-12 place-items-center rounded-2xl bg-brand-600 text-white shadow-sm">
              <IconSparkle className="size-6" />
            </span>
            <h3 className="mt-5 text-xl font-bold text-ink-950">{t("home.comingTitle")}</h3>
            <p className="mt-2 max-w-prose leading-relaxed text-ink-600">
              {t("home.comingBody", { city: city.name })}
            </p>
          </div>
        </div>

        <div>
          <h3 className="text-sm font-semibold tracking-wide text-ink-500 uppercase">
            {t("home.categoriesHeading")}
          </h3>
          <ul className="mt-3 grid grid-cols-2 gap-3">
            {categories.map(({ key, Icon, tint }) => (
              <li key={key} className={`rounded-card bg-gradient-to-br p-4 ${tint}`}>
                <Icon className="size-9" />
                <p className="mt-3 font-semibold text-ink-950">{t(`home.categories.${key}`)}</p>
                <p className="mt-0.5 text-sm text-ink-600">{t(`home.categoryBlurbs.${key}`)}</p>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

function AccountNudge() {
  const { t } = useTranslation();
  const session = useWebSession();
  return (
    <section aria-labelledby="account-heading" className="mx-auto max-w-6xl px-4 pt-12 sm:px-6">
      <div className="flex flex-col gap-5 rounded-card bg-ink-100 p-6 ring-1 ring-ink-200 sm:flex-row sm:items-center sm:justify-between sm:p-8">
        {session ? (
          <div>
            <h2 id="account-heading" className="text-xl font-bold text-ink-950">
              {t("home.welcomeBack", { name: session.user.name.split(" ")[0] })}
            </h2>
            <p className="mt-1 text-ink-600">{t("home.welcomeBody")}</p>
          </div>
        ) : (
          <>
            <div>
              <h2 id="account-heading" className="text-xl font-bold text-ink-950">
                {t("home.accountTitle")}
              </h2>
              <p className="mt-1 max-w-xl text-ink-600">{t("home.accountBody")}</p>
            </div>
            <Link to="/register" className={buttonClasses({ size: "lg", className: "shrink-0" })}>
              {t("home.accountCta")}
            </Link>
          </>
        )}
      </div>
    </section>
  );
}
