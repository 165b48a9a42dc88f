import type { City, FacetCount, SearchFacets } from "@marquee/contracts";
import { Alert, Button, IconSearch, Spinner, useErrorMessage, useFormatMoney, useTRPC } from "@marquee/ui";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { type ReactNode, useEffect, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useSearchParams } from "react-router";
import { useCity } from "../city/use-cities.ts";
import { EventCard, EventCardSkeleton } from "../events/EventCard.tsx";
import { languageName } from "../format/show-time.ts";
import { hourOf } from "../home/listings.ts";
import { IconClose, IconFilter } from "../shell/icons.tsx";
import { type DateWindow, dateWindowRange, dateWindows } from "./date-window.ts";
import { activeFilterCount, readFilters, type SearchFilters, toggle, writeFilters } from "./search-params.ts";

const TYPING_PAUSE_MS = 250;

export function SearchPage() {
  const city = useCity();
  if (!city) return <Navigate to="/city" replace />;
  return <Search city={city} />;
}

function Search({ city }: { city: City }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const [text, setText] = useState(filters.q);
  const now = useMemo(() => hourOf(new Date()), []);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();

  const update = (next: Partial<SearchFilters>) =>
    setParams(writeFilters({ ...filters, ...next }), { replace: true, preventScrollReset: true });

  // Results as you type: the URL (and so the query) follows the field after a short pause.
  useEffect(() => {
    if (text.trim() === filters.q.trim()) return;
    const timer = setTimeout(() => update({ q: text }), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  });

  const range = dateWindowRange(filters.date, new Date(), city.timeZone);
  const input = {
    cityId: city.id,
    q: filters.q,
    kinds: filters.kinds,
    genres: filters.genres,
    languages: filters.languages,
    formats: filters.formats,
    priceMaxMinor: filters.priceMax ?? undefined,
    // Rounded to the minute so a re-render does not make a new query.
    from: range ? new Date(Math.floor(range.from.getTime() / 60_000) * 60_000) : undefined,
    to: range?.to,
    limit: 24,
  };
  const results = useInfiniteQuery(
    trpc.search.events.infiniteQueryOptions(input, {
      getNextPageParam: (page) => page.nextCursor,
      placeholderData: keepPreviousData,
    }),
  );
  const first = results.data?.pages[0];
  const items = results.data?.pages.flatMap((page) => page.items) ?? [];
  const active = activeFilterCount(filters);

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
      <title>{`${filters.q ? t("search.titleFor", { q: filters.q }) : t("search.title")} · Marquee`}</title>
      <h1 className="text-3xl font-bold tracking-tight text-ink-950 outline-none sm:text-4xl">
        {t("search.heading", { city: city.name })}
      </h1>
      <search className="mt-6 block">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            update({ q: text });
          }}
        >
          <label htmlFor="search-q" className="sr-only">
            {t("search.label")}
          </label>
          <div className="relative">
            <IconSearch className="pointer-events-none absolute top-1/2 left-4 size-5 -translate-y-1/2 text-ink-500" />
            <input
              id="search-q"
              type="search"
              value={text}
              onChange={(event) => setText(event.target.value)}
              placeholder={t("search.placeholder")}
              autoComplete="off"
              enterKeyHint="search"
              className="h-14 w-full rounded-control border border-ink-300 bg-white pr-4 pl-12 text-lg shadow-xs placeholder:text-ink-500 hover:border-ink-400"
            />
          </div>
        </form>
      </search>

      <div className="mt-6 lg:grid lg:grid-cols-[15.5rem_1fr] lg:gap-10">
        <div>
          <button
            type="button"
            aria-expanded={filtersOpen}
            aria-controls={filtersId}
            onClick={() => setFiltersOpen((open) => !open)}
            className="flex h-11 items-center gap-2 rounded-control bg-white px-4 font-semibold text-ink-900 shadow-xs ring-1 ring-ink-300 ring-inset lg:hidden"
          >
            <IconFilter className="size-5" />
            {t("search.filters")}
            {active > 0 && (
              <span className="rounded-full bg-brand-600 px-2 py-0.5 text-xs text-white">{active}</span>
            )}
          </button>
          <div
            id={filtersId}
            className={`${filtersOpen ? "mt-4 block" : "hidden"} rounded-card bg-white p-4 ring-1 ring-ink-200 lg:mt-0 lg:block lg:bg-transparent lg:p-0 lg:ring-0`}
          >
            <Facets facets={first?.facets} filters={filters} update={update} />
            {active > 0 && (
              <Button
                variant="ghost"
                size="sm"
                className="mt-4"
                icon={<IconClose className="size-4" />}
                onClick={() =>
                  update({ kinds: [], genres: [], languages: [], formats: [], date: "any", priceMax: null })
                }
              >
                {t("search.clear")}
              </Button>
            )}
          </div>
        </div>

        <section aria-labelledby="results-heading" className="mt-8 lg:mt-0">
          <h2 id="results-heading" className="sr-only">
            {t("search.results")}
          </h2>
          <div className="flex min-h-7 items-center gap-3" aria-live="polite">
            {first && (
              <p className="text-ink-700">
                {filters.q
                  ? t("search.countFor", { count: first.total, q: filters.q })
                  : t("search.count", { count: first.total })}
              </p>
            )}
            {results.isFetching && <Spinner className="size-4 text-brand-600" />}
          </div>
          {first?.didYouMean && (
            <p className="mt-1 text-sm text-ink-600">
              {t("search.didYouMean")}{" "}
              <button
                type="button"
                className="font-semibold text-brand-700 underline underline-offset-2"
                onClick={() => {
                  setText(first.didYouMean ?? "");
                  update({ q: first.didYouMean ?? "" });
                }}
              >
                {first.didYouMean}
              </button>
            </p>
          )}
          {results.isError && (
            <Alert tone="danger" className="mt-4" title={t("search.failed")}>
              {errorMessage(results.error)}
            </Alert>
          )}
          {first && first.total === 0 && (
            <div className="mt-6 rounded-card bg-white p-8 text-center ring-1 ring-ink-200">
              <p className="text-lg font-semibold text-ink-950">{t("search.noneTitle")}</p>
              <p className="mt-1 text-ink-600">{t("search.noneBody")}</p>
            </div>
          )}
          <ul className="mt-5 grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 sm:gap-x-5 xl:grid-cols-4">
            {results.isPending
              ? Array.from({ length: 8 }, (_, index) => (
                  <li key={index}>
                    <EventCardSkeleton />
                  </li>
                ))
              : items.map((event) => (
                  <li key={event.id}>
                    <EventCard event={event} timeZone={city.timeZone} now={now} />
                  </li>
                ))}
          </ul>
          {results.hasNextPage && (
            <div className="mt-10 flex justify-center">
              <Button
                variant="secondary"
                loading={results.isFetchingNextPage}
                onClick={() => results.fetchNextPage()}
              >
                {t("search.more")}
              </Button>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}

function Facets({
  facets,
  filters,
  update,
}: {
  facets: SearchFacets | undefined;
  filters: SearchFilters;
  update: (next: Partial<SearchFilters>) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "en";
  const formatMoney = useFormatMoney();
  const withSelected = (counts: FacetCount[] | undefined, selected: string[]) => {
    const list = [...(counts ?? [])];
    for (const value of selected) if (!list.some((c) => c.value === value)) list.push({ value, count: 0 });
    return list;
  };

  return (
    <div className="space-y-6">
      <FacetGroup legend={t("search.facets.date")}>
        {dateWindows.map((window: DateWindow) => (
          <Choice
            key={window}
            type="radio"
            name="date"
            checked={filters.date === window}
            onChange={() => update({ date: window })}
            label={t(`search.dates.${window}`)}
          />
        ))}
      </FacetGroup>
      <CheckboxFacet
        legend={t("search.facets.kind")}
        counts={withSelected(facets?.kinds, filters.kinds)}
        selected={filters.kinds}
        label={(value) => t(`kindsPlural.${value}`, { defaultValue: value })}
        onToggle={(value) =>
          update({ kinds: toggle(filters.kinds, value as (typeof filters.kinds)[number]) })
        }
      />
      <CheckboxFacet
        legend={t("search.facets.genre")}
        counts={withSelected(facets?.genres, filters.genres)}
        selected={filters.genres}
        label={(value) => value}
        onToggle={(value) => update({ genres: toggle(filters.genres, value) })}
      />
      <CheckboxFacet
        legend={t("search.facets.language")}
        counts={withSelected(facets?.languages, filters.languages)}
        selected={filters.languages}
        label={(value) => languageName(value, language)}
        onToggle={(value) => update({ languages: toggle(filters.languages, value) })}
      />
      <CheckboxFacet
        legend={t("search.facets.format")}
        counts={withSelected(facets?.formats, filters.formats)}
        selected={filters.formats}
        label={(value) => t(`formats.${value}`, { defaultValue: value })}
        onToggle={(value) =>
          update({ formats: toggle(filters.formats, value as (typeof filters.formats)[number]) })
        }
      />
      {facets?.price && facets.price.max.amountMinor > facets.price.min.amountMinor && (
        <FacetGroup legend={t("search.facets.price")}>
          <PriceSlider
            min={facets.price.min.amountMinor}
            max={facets.price.max.amountMinor}
            value={filters.priceMax}
            format={(amountMinor) =>
              formatMoney({ amountMinor, currency: facets.price?.min.currency ?? "INR" })
            }
            onChange={(priceMax) => update({ priceMax })}
          />
        </FacetGroup>
      )}
    </div>
  );
}

function FacetGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset>
      <legend className="text-sm font-semibold tracking-wide text-ink-600 uppercase">{legend}</legend>
      <div className="mt-2 space-y-0.5">{children}</div>
    </fieldset>
  );
}

function CheckboxFacet({
  legend,
  counts,
  selected,
  label,
  onToggle,
}: {
  legend: string;
  counts: FacetCount[];
  selected: string[];
  label: (value: string) => string;
  onToggle: (value: string) => void;
}) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  if (counts.length === 0) return null;
  // long lists show their top values (and anything chosen) until asked for the rest
  const shown = expanded
    ? counts
    : counts.filter((facet, index) => index < FACET_PREVIEW || selected.includes(facet.value));
  return (
    <FacetGroup legend={legend}>
      {shown.map(({ value, count }) => (
        <Choice
          key={value}
          type="checkbox"
          checked={selected.includes(value)}
          onChange={() => onToggle(value)}
          label={label(value)}
          count={count}
        />
      ))}
      {counts.length > shown.length && (
        <button
          type="button"
          onClick={() => setExpanded(true)}
          className="px-2 py-1.5 text-sm font-semibold text-brand-700 hover:underline"
        >
          {t("search.showAll", { count: counts.length })}
        </button>
      )}
    </FacetGroup>
  );
}

const FACET_PREVIEW = 6;

function Choice({
  type,
  name,
  checked,
  onChange,
  label,
  count,
}: {
  type: "checkbox" | "radio";
  name?: string;
  checked: boolean;
  onChange: () => void;
  label: string;
  count?: number;
}) {
  return (
    <label className="flex cursor-pointer items-center gap-3 rounded-lg px-2 py-1.5 text-ink-800 hover:bg-ink-100">
      <input
        type={type}
        name={name}
        checked={checked}
        onChange={onChange}
        className="size-4.5 shrink-0 accent-brand-600"
      />
      <span className="min-w-0 flex-1 truncate">{label}</span>
      {count !== undefined && <span className="text-sm text-ink-600 tabular-nums">{count}</span>}
    </label>
  );
}

function PriceSlider({
  min,
  max,
  value,
  format,
  onChange,
}: {
  min: number;
  max: number;
  value: number | null;
  format: (amountMinor: number) => string;
  onChange: (value: number | null) => void;
}) {
  const { t } = useTranslation();
  const step = Math.max(1, Math.round((max - min) / 20));
  const [draft, setDraft] = useState(value ?? max);
  useEffect(() => setDraft(value ?? max), [value, max]);
  return (
    <div className="px-2">
      <label htmlFor="price-max" className="flex justify-between text-sm text-ink-700">
        <span>{t("search.priceUpTo")}</span>
        <output htmlFor="price-max" className="font-semibold text-ink-950">
          {format(draft)}
        </output>
      </label>
      <input
        id="price-max"
        type="range"
        min={min}
        max={max}
        step={step}
        value={draft}
        aria-valuetext={format(draft)}
        onChange={(event) => setDraft(Number(event.target.value))}
        onPointerUp={() => onChange(draft >= max ? null : draft)}
        onKeyUp={() => onChange(draft >= max ? null : draft)}
        className="mt-2 w-full accent-brand-600"
      />
    </div>
  );
}
