import type { ShowDetail } from "@marquee/contracts";
import { useTranslation } from "react-i18next";

/** Which show this sale is for: title, day and time in the venue's zone, hall. */
export function ShowSummary({ show }: { show: Pick<ShowDetail, "startsAt" | "event" | "hall" | "venue"> }) {
  const { i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(i18n.resolvedLanguage, {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "numeric",
    minute: "2-digit",
    timeZone: show.venue.timeZone,
  }).format(show.startsAt);
  return (
    <div className="min-w-0">
      <p className="truncate text-xl font-bold text-ink-950">{show.event.title}</p>
      <p className="truncate text-sm text-ink-600">
        {when} · {show.hall.name}
      </p>
    </div>
  );
}
