import { Alert, Button, IconClock, Money, Spinner, useErrorMessage } from "@marquee/ui";
import { useTranslation } from "react-i18next";
import type { CounterTerminal } from "./counter-terminal.ts";
import { useVenueShows } from "./use-venue-shows.ts";
import { type VenueShow, venueDate } from "./venue-shows.ts";

/** The first step of a sale: the venue's shows of the next days, by day, each a large button. */
export function ShowPicker({
  terminal,
  onPick,
}: {
  terminal: CounterTerminal;
  onPick(showId: string): void;
}) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const shows = useVenueShows(terminal);
  const now = new Date();
  const today = venueDate(now, terminal.timeZone);
  const tomorrow = venueDate(new Date(now.getTime() + 86_400_000), terminal.timeZone);
  const dayName = (date: string) =>
    date === today
      ? t("sale.today")
      : date === tomorrow
        ? t("sale.tomorrow")
        : new Intl.DateTimeFormat(i18n.resolvedLanguage, {
            weekday: "long",
            day: "numeric",
            month: "long",
            timeZone: "UTC",
          }).format(new Date(`${date}T12:00:00Z`));

  if (shows.isPending) {
    return (
      <p className="flex items-center gap-2 py-10 text-ink-600">
        <Spinner className="size-5" />
        {t("sale.loadingShows")}
      </p>
    );
  }
  if (shows.error) {
    return (
      <Alert
        tone="danger"
        action={
          <Button variant="secondary" size="sm" onClick={shows.refetch}>
            {t("sale.retry")}
          </Button>
        }
      >
        {errorMessage(shows.error)}
      </Alert>
    );
  }
  if (shows.days.length === 0) return <p className="py-10 text-lg text-ink-600">{t("sale.noShows")}</p>;

  return (
    <div className="space-y-8">
      {shows.days.map((day) => (
        <section key={day.date} aria-labelledby={`day-${day.date}`}>
          <h3 id={`day-${day.date}`} className="text-sm font-bold tracking-wide text-ink-600 uppercase">
            {dayName(day.date)}
          </h3>
          <ul className="mt-3 grid gap-3 xl:grid-cols-2">
            {day.shows.map((show) => (
              <li key={show.id}>
                <ShowButton show={show} timeZone={terminal.timeZone} onPick={() => onPick(show.id)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function ShowButton({ show, timeZone, onPick }: { show: VenueShow; timeZone: string; onPick(): void }) {
  const { t, i18n } = useTranslation();
  const time = new Intl.DateTimeFormat(i18n.resolvedLanguage, {
    hour: "numeric",
    minute: "2-digit",
    timeZone,
  }).format(show.startsAt);
  const onSale = show.status === "on_sale" && show.availability !== "sold_out";
  const details = [
    show.hallName,
    show.format === "standard" ? null : show.format,
    show.language?.toUpperCase(),
    show.certification,
  ].filter(Boolean);
  return (
    <button
      type="button"
      onClick={onPick}
      disabled={!onSale}
      className="group flex w-full items-center gap-4 rounded-control bg-white p-4 text-left ring-1 ring-ink-200 transition hover:bg-brand-50 hover:ring-brand-300 disabled:cursor-not-allowed disabled:bg-ink-50 disabled:opacity-70"
    >
      <span className="flex w-20 shrink-0 flex-col items-center rounded-lg bg-night-950 py-2 text-white">
        <IconClock className="size-4 text-gold-300" />
        <span className="mt-1 text-lg font-bold tabular-nums">{time}</span>
      </span>
      <span className="min-w-0 flex-1">
        <span className="block truncate text-lg font-bold text-ink-950">{show.eventTitle}</span>
        <span className="block truncate text-sm text-ink-600">{details.join(" · ")}</span>
        <span className="mt-1 flex flex-wrap items-center gap-2 text-sm">
          <span
            className={`rounded-full px-2 py-0.5 font-semibold ${
              !onSale
                ? "bg-ink-200 text-ink-700"
                : show.availability === "filling_fast"
                  ? "bg-gold-100 text-amber-900"
                  : "bg-emerald-50 text-emerald-800"
            }`}
          >
            {show.status === "on_sale" || show.availability === "sold_out"
              ? t(`sale.availability.${show.availability}`)
              : t(`sale.status.${show.status}`)}
          </span>
          {show.priceFrom && (
            <span className="text-ink-600">
              {t("sale.from")} <Money value={show.priceFrom} className="font-semibold text-ink-900" />
            </span>
          )}
        </span>
      </span>
    </button>
  );
}
