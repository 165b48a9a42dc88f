import type { EventDetail, EventShow, EventVenueShows } from "@marquee/contracts";
import { Alert, Button, errorCodeOf, Money, Spinner, useErrorMessage, useTRPC } from "@marquee/ui";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { NotFoundPage } from "../app/NotFoundPage.tsx";
import { useCity } from "../city/use-cities.ts";
import { dateParts, formatDuration, formatTime, languageName, localDateKey } from "../format/show-time.ts";
import { IconStar } from "../shell/icons.tsx";
import { Poster } from "./Poster.tsx";
import { seatsPath } from "./paths.ts";
import { ShareButton } from "./ShareButton.tsx";

export function EventPage() {
  const { eventId = "" } = useParams();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const city = useCity();
  const errorMessage = useErrorMessage();
  const valid = /^[0-9a-f-]{36}$/i.test(eventId);
  const event = useQuery(trpc.catalog.event.queryOptions({ eventId, cityId: city?.id }, { enabled: valid }));

  if (!valid || (event.error && errorCodeOf(event.error) === "NOT_FOUND")) return <NotFoundPage />;
  if (event.isPending)
    return (
      <div className="flex justify-center py-24 text-brand-600">
        <Spinner label={t("common:status.loading")} className="size-8" />
      </div>
    );
  if (event.isError)
    return (
      <div className="mx-auto max-w-xl px-4 py-16">
        <h1 className="text-2xl font-bold text-ink-950">{t("event.loadFailed")}</h1>
        <Alert
          tone="danger"
          className="mt-4"
          action={
            <Button size="sm" variant="secondary" onClick={() => event.refetch()}>
              {t("common:actions.retry")}
            </Button>
          }
        >
          {errorMessage(event.error)}
        </Alert>
      </div>
    );
  return <EventView event={event.data} cityName={city?.name ?? null} />;
}

function EventView({ event, cityName }: { event: EventDetail; cityName: string | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "en";
  const facts = [
    t(`kinds.${event.kind}`),
    event.certification,
    event.durationMinutes ? formatDuration(event.durationMinutes, language) : null,
    event.languages.map((code) => languageName(code, language)).join(", ") || null,
  ].filter((fact): fact is string => Boolean(fact));
  const people = event.cast.filter((person) => person.kind === "cast");
  const crew = event.cast.filter((person) => person.kind === "crew");

  return (
    <article>
      <title>{`${event.title} · Marquee`}</title>
      <section data-surface="dark" className="relative isolate overflow-hidden bg-night-950 text-white">
        <div aria-hidden="true" className="absolute inset-0 -z-10 opacity-60 blur-3xl saturate-150">
          <Poster
            title=""
            kind={event.kind}
            slug={event.slug}
            posterUrl={null}
            kindLabel=""
            className="!aspect-auto size-full scale-125"
          />
        </div>
        <div
          aria-hidden="true"
          className="absolute inset-0 -z-10 bg-gradient-to-r from-night-950 via-night-950/85 to-night-950/40"
        />
        <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8 sm:flex-row sm:items-end sm:gap-10 sm:px-6 sm:py-14">
          <div className="w-36 shrink-0 overflow-hidden rounded-card shadow-pop ring-1 ring-white/15 sm:w-60">
            <Poster
              title={event.title}
              kind={event.kind}
              slug={event.slug}
              posterUrl={event.posterUrl}
              kindLabel={t(`kinds.${event.kind}`)}
              priority
            />
          </div>
          <div className="min-w-0">
            <p className="text-sm font-semibold tracking-widest text-gold-200 uppercase">
              {event.genres.join(" · ")}
            </p>
            <h1 className="mt-2 text-3xl leading-tight font-extrabold tracking-tight text-balance outline-none sm:text-5xl">
              {event.title}
            </h1>
            {event.tagline && (
              <p className="mt-3 max-w-2xl text-lg text-pretty text-white/80">{event.tagline}</p>
            )}
            <ul className="mt-5 flex flex-wrap gap-2" aria-label={t("event.facts")}>
              {facts.map((fact) => (
                <li
                  key={fact}
                  className="rounded-full bg-white/10 px-3 py-1 text-sm font-medium ring-1 ring-white/15"
                >
                  {fact}
                </li>
              ))}
            </ul>
            <div className="mt-6 flex flex-wrap items-center gap-4">
              {event.rating && (
                <p className="inline-flex items-center gap-2">
                  <IconStar className="size-5 fill-gold-300 text-gold-300" />
                  <span className="font-bold">{event.rating.average.toFixed(1)}/10</span>
                  <span className="text-white/70">{t("event.ratings", { count: event.rating.count })}</span>
                </p>
              )}
              <ShareButton title={event.title} />
            </div>
          </div>
        </div>
      </section>

      <div className="mx-auto grid max-w-6xl grid-cols-1 gap-12 px-4 py-10 sm:px-6 lg:grid-cols-[1fr_20rem]">
        <Showtimes venues={event.venues} cityName={cityName} />
        <aside className="space-y-8">
          <section aria-labelledby="about-heading">
            <h2 id="about-heading" className="text-xl font-bold text-ink-950">
              {t("event.about")}
            </h2>
            <p className="mt-3 leading-relaxed text-pretty text-ink-700">{event.description}</p>
          </section>
          {event.cast.length > 0 && (
            <section aria-labelledby="cast-heading">
              <h2 id="cast-heading" className="text-xl font-bold text-ink-950">
                {t("event.castAndCrew")}
              </h2>
              <ul className="mt-3 space-y-3">
                {[...people, ...crew].map((person) => (
                  <li key={`${person.name}-${person.role}`} className="flex items-center gap-3">
                    <span
                      aria-hidden="true"
                      className="grid size-10 shrink-0 place-items-center rounded-full bg-gradient-to-br from-brand-100 to-night-700/10 text-sm font-bold text-brand-800"
                    >
                      {person.name
                        .split(/\s+/)
                        .map((word) => word[0])
                        .slice(0, 2)
                        .join("")}
                    </span>
                    <span>
                      <span className="block font-semibold text-ink-950">{person.name}</span>
                      <span className="block text-sm text-ink-600">{person.role}</span>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </article>
  );
}

interface DayShows {
  venue: EventVenueShows["venue"];
  shows: EventShow[];
}

function Showtimes({ venues, cityName }: { venues: EventVenueShows[]; cityName: string | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "en";
  const days = useMemo(() => {
    const byDay = new Map<string, DayShows[]>();
    for (const { venue, dates } of venues) {
      for (const { date, shows } of dates) {
        const list = byDay.get(date) ?? [];
        list.push({ venue, shows });
        byDay.set(date, list);
      }
    }
    return [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [venues]);
  const [chosen, setChosen] = useState<string | null>(null);
  const selected = days.find(([date]) => date === chosen) ?? days[0];
  const today = venues[0] ? localDateKey(new Date(), venues[0].venue.timeZone) : null;

  return (
    <section aria-labelledby="showtimes-heading" className="min-w-0">
      <h2 id="showtimes-heading" className="text-2xl font-bold tracking-tight text-ink-950">
        {t("event.showtimes")}
      </h2>
      {days.length === 0 ? (
        <p className="mt-4 rounded-card bg-white p-6 text-ink-700 ring-1 ring-ink-200">
          {cityName ? t("event.noShowsIn", { city: cityName }) : t("event.noShows")}
        </p>
      ) : (
        <>
          <ul
            className="-mx-4 mt-4 flex gap-2 overflow-x-auto px-4 pb-2 sm:mx-0 sm:flex-wrap sm:px-0"
            aria-label={t("event.dates")}
          >
            {days.map(([date]) => {
              const isSelected = date === selected?.[0];
              const { weekday, day, month } = dateParts(date, language);
              return (
                <li key={date}>
                  <button
                    type="button"
                    aria-pressed={isSelected}
                    onClick={() => setChosen(date)}
                    className="flex w-16 flex-col items-center rounded-control bg-white py-2 text-ink-800 shadow-xs ring-1 ring-ink-200 hover:ring-brand-300 aria-pressed:bg-brand-600 aria-pressed:text-white aria-pressed:ring-brand-600"
                  >
                    <span className="text-xs font-semibold uppercase">
                      {date === today ? t("time.today") : weekday}
                    </span>
                    <span className="text-xl leading-tight font-bold tabular-nums">{day}</span>
                    <span className="text-xs">{month}</span>
                  </button>
                </li>
              );
            })}
          </ul>
          <Legend />
          <ul className="mt-4 space-y-4">
            {selected?.[1].map(({ venue, shows }) => (
              <li key={venue.id} className="rounded-card bg-white p-4 shadow-xs ring-1 ring-ink-200 sm:p-5">
                <h3 className="font-bold text-ink-950">{venue.name}</h3>
                <p className="text-sm text-ink-600">{venue.address}</p>
                <ul className="mt-4 flex flex-wrap gap-2.5">
                  {shows.map((show) => (
                    <li key={show.id}>
                      <ShowButton show={show} timeZone={venue.timeZone} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

const availabilityStyles = {
  available: "ring-emerald-600/40 text-emerald-800 hover:bg-emerald-50",
  filling_fast: "ring-amber-600/50 text-amber-800 hover:bg-amber-50",
  sold_out: "ring-ink-200 text-ink-500 bg-ink-100 cursor-not-allowed line-through",
} as const;

function ShowButton({ show, timeZone }: { show: EventShow; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "en";
  const time = formatTime(show.startsAt, timeZone, language);
  const details = [
    show.format === "standard" ? null : t(`formats.${show.format}`, { defaultValue: show.format }),
    show.language ? languageName(show.language, language) : null,
  ].filter(Boolean);
  const availability = t(`availability.${show.availability}`);
  const body = (
    <>
      <span className="block text-base font-bold tabular-nums">{time}</span>
      <span className="block text-xs font-medium text-ink-600">{details.join(" · ") || show.hallName}</span>
    </>
  );
  const className = `block min-w-24 rounded-control bg-white px-3.5 py-2 text-center ring-1 ring-inset transition ${availabilityStyles[show.availability]}`;
  if (show.availability === "sold_out" || show.status !== "on_sale") {
    return (
      <span className={className} aria-disabled="true">
        <span className="sr-only">{`${time}, ${details.join(", ")}, ${availability}`}</span>
        <span aria-hidden="true">{body}</span>
      </span>
    );
  }
  return (
    <Link to={seatsPath(show.id)} className={className} data-testid="showtime">
      {body}
      {show.priceFrom && (
        <span className="mt-0.5 block text-xs font-semibold text-ink-800">
          <Money value={show.priceFrom} />
        </span>
      )}
      <span className="sr-only">{`, ${show.hallName}, ${availability}`}</span>
    </Link>
  );
}

function Legend() {
  const { t } = useTranslation();
  const dot = { available: "bg-emerald-600", filling_fast: "bg-amber-500", sold_out: "bg-ink-400" } as const;
  return (
    <ul className="mt-4 flex flex-wrap gap-x-5 gap-y-1 text-sm text-ink-700" aria-label={t("event.legend")}>
      {(Object.keys(dot) as (keyof typeof dot)[]).map((level) => (
        <li key={level} className="flex items-center gap-2">
          <span aria-hidden="true" className={`size-2.5 rounded-full ${dot[level]}`} />
          {t(`availability.${level}`)}
        </li>
      ))}
    </ul>
  );
}
