import type { City, EventKind, EventListItem } from "@marquee/contracts";
import {
  Alert,
  Button,
  buttonClasses,
  IconArrowRight,
  IconPin,
  IconSearch,
  useErrorMessage,
  useNow,
  useTRPC,
} from "@marquee/ui";
import { useQuery } from "@tanstack/react-query";
import { type ComponentType, type FormEvent, type SVGProps, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate } from "react-router";
import { useWebSession } from "../app/session.ts";
import { countryName, localTime } from "../city/city-facts.ts";
import { useCity } from "../city/use-cities.ts";
import { EventCard, EventCardSkeleton } from "../events/EventCard.tsx";
import { searchPath } from "../events/paths.ts";
import { FilmIcon, MasksIcon, MusicIcon, SportIcon } from "./category-icons.tsx";
import { comingSoon, homeRails, hourOf } from "./listings.ts";
import { TicketArt } from "./TicketArt.tsx";

export function HomePage() {
  const city = useCity();
  if (!city) return <Navigate to="/city" replace />;
  return <CityHome city={city} />;
}

function CityHome({ city }: { city: City }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const now = useMemo(() => new Date(), []);
  const from = useMemo(() => hourOf(now), [now]);
  const listing = useQuery(trpc.catalog.events.queryOptions({ cityId: city.id, from, limit: 50 }));
  const items = listing.data?.items;
  const rails = useMemo(() => (items ? homeRails(items, now) : null), [items, now]);
  const soon = useMemo(() => (items ? comingSoon(items, now) : []), [items, now]);

  return (
    <>
      <title>{`${t("home.title", { city: city.name })} · Marquee`}</title>
      <Hero city={city} />
      <div className="mx-auto max-w-6xl space-y-14 px-4 pt-10 sm:px-6 sm:pt-14">
        {listing.isError && (
          <Alert
            tone="danger"
            title={t("home.loadFailed")}
            action={
              <Button size="sm" variant="secondary" onClick={() => listing.refetch()}>
                {t("common:actions.retry")}
              </Button>
            }
          >
            {errorMessage(listing.error)}
          </Alert>
        )}
        {listing.isPending && <Rail id="loading" title={t("home.rails.nowShowing")} loading />}
        {items && items.length === 0 && <NothingOn city={city} />}
        {rails && (
          <>
            <Rail
              id="now-showing"
              title={t("home.rails.nowShowing")}
              items={rails.nowShowing}
              more={searchPath({ kind: "movie" })}
              city={city}
              now={now}
              priority
            />
            <Rail
              id="this-week"
              title={t("home.rails.thisWeek")}
              items={rails.thisWeek}
              more={searchPath()}
              city={city}
              now={now}
            />
            <Categories items={items ?? []} />
            <Rail
              id="trending"
              title={t("home.rails.trending", { city: city.name })}
              items={rails.trending}
              city={city}
              now={now}
            />
            <Rail id="coming-soon" title={t("home.rails.comingSoon")} items={soon} city={city} now={now} />
          </>
        )}
        <AccountNudge />
      </div>
    </>
  );
}

function Hero({ city }: { city: City }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const language = i18n.resolvedLanguage ?? "en";
  const today = localTime(useNow(), city.timeZone, language).day;

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get("q") ?? "").trim();
    navigate(searchPath(q ? { q } : {}));
  }

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

      <div className="mx-auto max-w-6xl px-4 pt-10 pb-10 sm:px-6 sm:pt-16 sm:pb-14">
        <div className="flex items-center justify-between gap-10">
          <div className="min-w-0 flex-1">
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
            <p className="mt-4 max-w-2xl text-lg text-pretty text-white/75">{t("home.lede")}</p>
            <search className="mt-7 block max-w-2xl">
              <form onSubmit={search} className="flex gap-2">
                <label htmlFor="home-search" className="sr-only">
                  {t("search.label")}
                </label>
                <div className="relative flex-1">
                  <IconSearch className="pointer-events-none absolute top-1/2 left-4 size-5 -translate-y-1/2 text-ink-500" />
                  <input
                    id="home-search"
                    name="q"
                    type="search"
                    autoComplete="off"
                    placeholder={t("search.placeholder")}
                    className="h-13 w-full rounded-control border-0 bg-white pr-4 pl-12 text-base text-ink-950 shadow-pop placeholder:text-ink-500"
                  />
                </div>
                <button type="submit" className={buttonClasses({ size: "lg", className: "shrink-0 px-5" })}>
                  <span className="hidden sm:inline">{t("search.submit")}</span>
                  <IconArrowRight className="size-5 sm:hidden" />
                  <span className="sr-only sm:hidden">{t("search.submit")}</span>
                </button>
              </form>
            </search>
          </div>
          <TicketArt city={city.name} day={today} />
        </div>
      </div>
    </section>
  );
}

function Rail({
  id,
  title,
  items,
  more,
  city,
  now,
  loading = false,
  priority = false,
}: {
  id: string;
  title: string;
  items?: EventListItem[];
  more?: string;
  city?: City;
  now?: Date;
  loading?: boolean;
  priority?: boolean;
}) {
  const { t } = useTranslation();
  if (!loading && (!items || items.length === 0)) return null;
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} aria-busy={loading || undefined}>
      <div className="flex items-end justify-between gap-4">
        <h2 id={headingId} className="text-2xl font-bold tracking-tight text-ink-950 sm:text-[1.7rem]">
          {title}
        </h2>
        {more && (
          <Link
            to={more}
            className="inline-flex shrink-0 items-center gap-1 text-sm font-semibold text-brand-700 hover:underline"
          >
            {t("home.seeAll")}
            <span className="sr-only">: {title}</span>
            <IconArrowRight className="size-4" />
          </Link>
        )}
      </div>
      <ul className="-mx-4 mt-5 flex snap-x snap-mandatory scroll-px-4 gap-4 overflow-x-auto px-4 pb-2 sm:mx-0 sm:grid sm:grid-cols-3 sm:gap-5 sm:overflow-visible sm:px-0 md:grid-cols-4 lg:grid-cols-6">
        {loading || !items || !city || !now
          ? Array.from({ length: 6 }, (_, index) => (
              <li key={index} className="w-[42%] shrink-0 snap-start sm:w-auto">
                <EventCardSkeleton />
              </li>
            ))
          : items.map((event, index) => (
              <li key={event.id} className="relative w-[42%] shrink-0 snap-start sm:w-auto">
                <EventCard
                  event={event}
                  timeZone={city.timeZone}
                  now={now}
                  priority={priority && index < 4}
                />
              </li>
            ))}
      </ul>
    </section>
  );
}

const categories: {
  kind: EventKind;
  Icon: ComponentType<SVGProps<SVGSVGElement>>;
  tint: string;
}[] = [
  { kind: "movie", Icon: FilmIcon, tint: "from-brand-100 to-brand-50 text-brand-700" },
  { kind: "play", Icon: MasksIcon, tint: "from-violet-100 to-violet-50 text-violet-700" },
  { kind: "concert", Icon: MusicIcon, tint: "from-gold-200 to-gold-100 text-amber-800" },
  { kind: "sport", Icon: SportIcon, tint: "from-emerald-100 to-emerald-50 text-emerald-700" },
];

function Categories({ items }: { items: EventListItem[] }) {
  const { t } = useTranslation();
  const counts = new Map<EventKind, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  return (
    <section aria-labelledby="categories-heading">
      <h2 id="categories-heading" className="text-2xl font-bold tracking-tight text-ink-950 sm:text-[1.7rem]">
        {t("home.categoriesHeading")}
      </h2>
      <ul className="mt-5 grid grid-cols-2 gap-3 sm:grid-cols-4 sm:gap-4">
        {categories
          .filter(({ kind }) => (counts.get(kind) ?? 0) > 0)
          .map(({ kind, Icon, tint }) => (
            <li key={kind}>
              <Link
                to={searchPath({ kind })}
                className={`group flex h-full flex-col rounded-card bg-gradient-to-br p-4 ring-1 ring-ink-950/5 transition hover:shadow-card sm:p-5 ${tint}`}
              >
                <Icon className="size-9" />
                <span className="mt-3 font-semibold text-ink-950 group-hover:underline">
                  {t(`kindsPlural.${kind}`)}
                </span>
                <span className="mt-0.5 text-sm text-ink-700">
                  {t("home.categoryCount", { count: counts.get(kind) ?? 0 })}
                </span>
              </Link>
            </li>
          ))}
      </ul>
    </section>
  );
}

function NothingOn({ city }: { city: City }) {
  const { t } = useTranslation();
  return (
    <section className="rounded-card bg-white p-6 shadow-card ring-1 ring-ink-200 sm:p-8">
      <h2 className="text-xl font-bold text-ink-950">{t("home.comingTitle")}</h2>
      <p className="mt-2 max-w-prose leading-relaxed text-ink-600">
        {t("home.comingBody", { city: city.name })}
      </p>
      <Link to="/city" className={buttonClasses({ variant: "secondary", className: "mt-5" })}>
        {t("home.changeCity")}
      </Link>
    </section>
  );
}

function AccountNudge() {
  const { t } = useTranslation();
  const session = useWebSession();
  return (
    <section aria-labelledby="account-heading">
      <div className="flex flex-col gap-5 rounded-card bg-ink-100 p-6 ring-1 ring-ink-200 sm:flex-row sm:items-center sm:justify-between sm:p-8">
        {session ? (
          <>
            <div>
              <h2 id="account-heading" className="text-xl font-bold text-ink-950">
                {t("home.welcomeBack", { name: session.user.name.split(" ")[0] })}
              </h2>
              <p className="mt-1 text-ink-600">{t("home.welcomeBody")}</p>
            </div>
            <Link
              to="/bookings"
              className={buttonClasses({ variant: "secondary", size: "lg", className: "shrink-0" })}
            >
              {t("nav.bookings")}
            </Link>
          </>
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
