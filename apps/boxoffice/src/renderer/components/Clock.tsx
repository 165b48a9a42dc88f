import { useNow } from "@marquee/ui";
import { useTranslation } from "react-i18next";

/** The counter's wall clock, in the reader's language. */
export function Clock({ className = "", showDate = false }: { className?: string; showDate?: boolean }) {
  const { i18n } = useTranslation();
  const now = useNow();
  const locale = i18n.resolvedLanguage ?? "en";
  return (
    <time dateTime={now.toISOString()} className={className}>
      <span className="block tabular-nums">
        {new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit" }).format(now)}
      </span>
      {showDate && (
        <span className="block text-[0.35em] font-medium opacity-70">
          {new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long" }).format(now)}
        </span>
      )}
    </time>
  );
}
