import type { EventListItem } from "@marquee/contracts";
import { Money } from "@marquee/ui";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatShortDate, formatTime, relativeDay } from "../format/show-time.ts";
import { Poster } from "./Poster.tsx";
import { eventPath } from "./paths.ts";

/** An event in a rail or a results grid: poster, title, next show and the lowest price. */
export function EventCard({
  event,
  timeZone,
  now,
  priority = false,
}: {
  event: Pick<
    EventListItem,
    "id" | "slug" | "title" | "kind" | "genres" | "certification" | "posterUrl" | "nextShowAt" | "priceFrom"
  >;
  timeZone: string;
  now: Date;
  priority?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "en";
  const day = relativeDay(event.nextShowAt, now, timeZone);
  const when = `${day ? t(`time.${day}`) : formatShortDate(event.nextShowAt, timeZone, language)}, ${formatTime(event.nextShowAt, timeZone, language)}`;
  const details = [event.genres.slice(0, 2).join(", "), event.certification].filter(Boolean).join(" · ");

  return (
    <Link
      to={eventPath(event)}
      className="group relative block rounded-card outline-offset-4 focus-visible:outline-3"
      data-testid="event-card"
    >
      <div className="overflow-hidden rounded-card shadow-card ring-1 ring-ink-950/5 transition duration-200 group-hover:-translate-y-0.5 group-hover:shadow-pop">
        <Poster
          title={event.title}
          kind={event.kind}
          slug={event.slug}
          posterUrl={event.posterUrl}
          kindLabel={t(`kinds.${event.kind}`)}
          priority={priority}
          className="transition duration-300 group-hover:scale-[1.02]"
        />
      </div>
      <div className="mt-3 px-0.5">
        <h3 className="line-clamp-2 leading-snug font-bold text-ink-950 group-hover:text-brand-700">
          {event.title}
        </h3>
        {details && <p className="mt-0.5 truncate text-sm text-ink-600">{details}</p>}
        <p className="mt-1.5 text-sm text-ink-700">
          <span className="sr-only">{t("events.nextShow")} </span>
          <time dateTime={event.nextShowAt.toISOString()}>{when}</time>
        </p>
        {event.priceFrom && (
          <p className="mt-0.5 text-sm font-semibold text-ink-900">
            {t("events.from")} <Money value={event.priceFrom} />
          </p>
        )}
      </div>
    </Link>
  );
}

/** Placeholder cards while a rail loads, the same size as the real ones. */
export function EventCardSkeleton() {
  return (
    <div aria-hidden="true" className="animate-pulse">
      <div className="aspect-[2/3] rounded-card bg-ink-200" />
      <div className="mt-3 h-4 w-4/5 rounded bg-ink-200" />
      <div className="mt-2 h-3 w-1/2 rounded bg-ink-200" />
    </div>
  );
}
