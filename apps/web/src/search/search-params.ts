import { type EventKind, eventKinds, type ShowFormat, showFormats } from "@marquee/contracts";
import { type DateWindow, isDateWindow } from "./date-window.ts";

/** What the search page shows, all of it in the URL so results can be shared and go back. */
export interface SearchFilters {
  q: string;
  kinds: EventKind[];
  genres: string[];
  languages: string[];
  formats: ShowFormat[];
  date: DateWindow;
  /** Highest "from" price in minor units. */
  priceMax: number | null;
}

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (value: string): value is T =>
    (allowed as readonly string[]).includes(value);

export function readFilters(params: URLSearchParams): SearchFilters {
  const price = Number(params.get("priceMax"));
  const date = params.get("date");
  return {
    q: params.get("q") ?? "",
    kinds: params.getAll("kind").filter(oneOf(eventKinds)),
    genres: params.getAll("genre").filter((value) => value.length > 0 && value.length <= 60),
    languages: params.getAll("lang").filter((value) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(value)),
    formats: params.getAll("format").filter(oneOf(showFormats)),
    date: isDateWindow(date) ? date : "any",
    priceMax: Number.isInteger(price) && price > 0 ? price : null,
  };
}

export function writeFilters(filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set("q", filters.q.trim());
  for (const kind of filters.kinds) params.append("kind", kind);
  for (const genre of filters.genres) params.append("genre", genre);
  for (const language of filters.languages) params.append("lang", language);
  for (const format of filters.formats) params.append("format", format);
  if (filters.date !== "any") params.set("date", filters.date);
  if (filters.priceMax !== null) params.set("priceMax", String(filters.priceMax));
  return params;
}

/** Adds a value to a facet, or takes it away if it is there. */
export function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((existing) => existing !== value) : [...values, value];
}

export function activeFilterCount(filters: SearchFilters): number {
  return (
    filters.kinds.length +
    filters.genres.length +
    filters.languages.length +
    filters.formats.length +
    (filters.date === "any" ? 0 : 1) +
    (filters.priceMax === null ? 0 : 1)
  );
}
