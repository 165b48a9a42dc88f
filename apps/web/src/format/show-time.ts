/**
 * Dates and times as the venue keeps them: a show at 19:30 in Mumbai reads 7:30 PM in Mumbai
 * whatever the buyer's device is set to.
 */

/** The calendar date of an instant in a time zone, as YYYY-MM-DD. */
export function localDateKey(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

export function formatTime(at: Date, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language, { timeZone, hour: "numeric", minute: "2-digit" }).format(at);
}

/** "Thu 27 Nov" in the reader's language. */
export function formatShortDate(at: Date, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
  }).format(at);
}

/** "Thursday 27 November 2026, 7:30 PM". */
export function formatLongDateTime(at: Date, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language, { timeZone, dateStyle: "full", timeStyle: "short" }).format(at);
}

/** A YYYY-MM-DD calendar date, named without shifting it through any time zone. */
export function formatDateKey(dateKey: string, language: string, style: "short" | "long" = "short"): string {
  const [year, month, day] = dateKey.split("-").map(Number);
  const noonUtc = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12));
  return new Intl.DateTimeFormat(
    language,
    style === "short"
      ? { timeZone: "UTC", weekday: "short", day: "numeric", month: "short" }
      : { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" },
  ).format(noonUtc);
}

/** A calendar date's pieces for a date chip: "Thu", "27", "Nov" in the reader's language. */
export function dateParts(
  dateKey: string,
  language: string,
): { weekday: string; day: string; month: string } {
  const [year, month, day] = dateKey.split("-").map(Number);
  const noonUtc = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12));
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(language, { timeZone: "UTC", ...options }).format(noonUtc);
  return {
    weekday: part({ weekday: "short" }),
    day: new Intl.NumberFormat(language).format(day ?? 1),
    month: part({ month: "short" }),
  };
}

/** Today, tomorrow, or neither, for an instant seen from a time zone. */
export function relativeDay(at: Date, now: Date, timeZone: string): "today" | "tomorrow" | null {
  const day = localDateKey(at, timeZone);
  if (day === localDateKey(now, timeZone)) return "today";
  if (day === localDateKey(new Date(now.getTime() + 86_400_000), timeZone)) return "tomorrow";
  return null;
}

/** "2h 22m" style duration from minutes, in the reader's language. */
export function formatDuration(minutes: number, language: string): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const format = (value: number, unit: "hour" | "minute") =>
    new Intl.NumberFormat(language, { style: "unit", unit, unitDisplay: "narrow" }).format(value);
  if (hours === 0) return format(rest, "minute");
  return rest === 0 ? format(hours, "hour") : `${format(hours, "hour")} ${format(rest, "minute")}`;
}

/** The name of a language from its BCP 47 code, in the reader's language ("hi" → "Hindi"). */
export function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
