import type { ShowDetail } from "@marquee/contracts";
import { IconArrowLeft, IconClock, IconPin } from "@marquee/ui";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { eventPath } from "../events/paths.ts";
import { formatShortDate, formatTime, languageName } from "../format/show-time.ts";
import { useSeatsTranslation } from "./i18n/register.ts";

/** The dark band above the map: which show, where and when, and whether the map is live. */
export function ShowHeader({
  show,
  live,
  seated,
}: {
  show: ShowDetail;
  /** Whether deltas arrive live; null where there is no map. */
  live: boolean | null;
  seated: boolean;
}) {
  const { t } = useSeatsTranslation();
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "en";
  const tz = show.venue.timeZone;
  const tags = [
    show.format !== "standard" ? show.format : null,
    show.language ? languageName(show.language, language) : null,
  ].filter((tag): tag is string => Boolean(tag));

  return (
    <section data-surface="dark" className="relative isolate overflow-hidden bg-night-950 text-white">
      <div aria-hidden="true" className="absolute inset-0 -z-10">
        <div className="absolute inset-x-0 top-0 h-16 bg-bulbs opacity-40 [mask-image:linear-gradient(to_bottom,black,transparent)]" />
        <div className="absolute -top-32 right-[-8%] size-[26rem] rounded-full bg-brand-600/35 blur-3xl" />
        <div className="absolute inset-x-0 bottom-0 h-px bg-gradient-to-r from-transparent via-gold-300/45 to-transparent" />
      </div>
      <div className="mx-auto max-w-7xl px-4 pt-4 pb-5 sm:px-6 sm:pt-6 sm:pb-7">
        <Link
          to={eventPath(show.event)}
          className="inline-flex max-w-full items-center gap-1.5 rounded-lg py-1 text-sm font-semibold text-gold-200 hover:text-gold-100"
        >
          <IconArrowLeft className="size-4 shrink-0" />
          <span className="truncate">{t("backToEvent", { event: show.event.title })}</span>
        </Link>
        <div className="mt-2 flex flex-wrap items-end justify-between gap-x-6 gap-y-3">
          <div className="min-w-0">
            <h1 className="text-2xl leading-tight font-extrabold tracking-tight text-balance outline-none sm:text-4xl">
              {seated ? t("heading") : t("headingTickets")}
            </h1>
            <p className="mt-1 truncate text-base font-semibold text-white/85 sm:text-lg">
              {show.event.title}
            </p>
          </div>
          {live !== null && (
            <p className="inline-flex items-center gap-2 rounded-full bg-white/8 py-1 pr-3 pl-2.5 text-xs font-medium text-white/80 ring-1 ring-white/15">
              <span className="relative flex size-2.5" aria-hidden="true">
                {live && (
                  <span className="absolute inline-flex size-full animate-ping rounded-full bg-emerald-400 opacity-60" />
                )}
                <span
                  className={`relative inline-flex size-2.5 rounded-full ${live ? "bg-emerald-400" : "bg-gold-300"}`}
                />
              </span>
              {live ? t("live.on") : t("live.polling")}
            </p>
          )}
        </div>
        <ul className="mt-3 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm text-white/75">
          <li className="inline-flex items-center gap-1.5">
            <IconClock className="size-4 text-gold-300" />
            <time dateTime={show.startsAt.toISOString()}>
              {t("when", {
                date: formatShortDate(show.startsAt, tz, language),
                time: formatTime(show.startsAt, tz, language),
              })}
            </time>
          </li>
          <li className="inline-flex min-w-0 items-center gap-1.5">
            <IconPin className="size-4 shrink-0 text-gold-300" />
            <span className="truncate">
              {show.venue.name} · {show.hall.name}
            </span>
          </li>
          {tags.map((tag) => (
            <li
              key={tag}
              className="rounded-full bg-white/10 px-2.5 py-0.5 text-xs font-semibold ring-1 ring-white/15"
            >
              {tag}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
