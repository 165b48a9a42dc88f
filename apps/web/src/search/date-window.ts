import { localDateKey } from "../format/show-time.ts";

export const dateWindows = ["any", "today", "tomorrow", "weekend", "week"] as const;
export type DateWindow = (typeof dateWindows)[number];

export function isDateWindow(value: unknown): value is DateWindow {
  return typeof value === "string" && (dateWindows as readonly string[]).includes(value);
}

/** Minutes the zone is ahead of UTC at an instant. */
function offsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The instant a calendar day (YYYY-MM-DD) starts in a time zone. */
export function startOfDay(dateKey: string, timeZone: string): Date {
  const [year, month, day] = dateKey.split("-").map(Number);
  const utcMidnight = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  let guess = utcMidnight - offsetMinutes(new Date(utcMidnight), timeZone) * 60_000;
  // Once more in case the offset changes between the guess and the answer (DST days).
  guess = utcMidnight - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

function addDays(dateKey: string, days: number): string {
  const [year, month, day] = dateKey.split("-").map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days)).toISOString().slice(0, 10);
}

/** The show-time window a date filter means, in the venue city's zone; undefined for "any". */
export function dateWindowRange(
  window: DateWindow,
  now: Date,
  timeZone: string,
): { from: Date; to: Date } | undefined {
  const today = localDateKey(now, timeZone);
  switch (window) {
    case "any":
      return undefined;
    case "today":
      return { from: now, to: startOfDay(addDays(today, 1), timeZone) };
    case "tomorrow":
      return { from: startOfDay(addDays(today, 1), timeZone), to: startOfDay(addDays(today, 2), timeZone) };
    case "week":
      return { from: now, to: startOfDay(addDays(today, 8), timeZone) };
    case "weekend": {
      const weekday = new Date(`${today}T12:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
      if (weekday === 0) return { from: now, to: startOfDay(addDays(today, 1), timeZone) };
      const saturday = addDays(today, 6 - weekday);
      const from = weekday === 6 ? now : startOfDay(saturday, timeZone);
      return { from, to: startOfDay(addDays(saturday, 2), timeZone) };
    }
  }
}
