import type { City } from "@marquee/contracts";
import { Alert, Button, IconLocate, IconPin, IconSearch, Spinner, useErrorMessage } from "@marquee/ui";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { countryName } from "./city-facts.ts";
import { cityPreference } from "./city-preference.ts";
import { LocateError, type LocateFailure, locate } from "./geolocation.ts";
import { nearbyRadiusKm, nearestCity } from "./nearest-city.ts";
import { useCities, useCity } from "./use-cities.ts";

type NearMe =
  | { state: "idle" }
  | { state: "locating" }
  | { state: "failed"; reason: LocateFailure }
  | { state: "far"; city: City; distanceKm: number };

export function CityPickerPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const cities = useCities();
  const current = useCity();
  const [query, setQuery] = useState("");
  const [nearMe, setNearMe] = useState<NearMe>({ state: "idle" });

  const choose = (city: City) => {
    cityPreference.set(city);
    navigate("/");
  };

  async function useMyLocation() {
    if (!cities.data) return;
    setNearMe({ state: "locating" });
    try {
      const nearest = nearestCity(cities.data, await locate());
      if (!nearest) return setNearMe({ state: "idle" });
      if (nearest.distanceKm <= nearbyRadiusKm) return choose(nearest.city);
      setNearMe({ state: "far", ...nearest });
    } catch (error) {
      setNearMe({ state: "failed", reason: error instanceof LocateError ? error.reason : "unavailable" });
    }
  }

  const collator = useMemo(() => new Intl.Collator(i18n.language, { sensitivity: "base" }), [i18n.language]);
  const visible = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    return (cities.data ?? [])
      .filter((city) => {
        if (!needle) return true;
        const haystack = `${city.name} ${city.country} ${countryName(city.country, i18n.language)}`;
        return haystack.toLocaleLowerCase().includes(needle);
      })
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [cities.data, query, collator, i18n.language]);

  const distance = (km: number) =>
    new Intl.NumberFormat(i18n.language, {
      style: "unit",
      unit: "kilometer",
      maximumFractionDigits: 0,
    }).format(km);

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <title>{`${t("city.title")} · Marquee`}</title>
      <h1 className="text-3xl font-bold tracking-tight text-ink-950 outline-none sm:text-4xl">
        {t("city.heading")}
      </h1>
      <p className="mt-2 text-ink-600">{t("city.lede")}</p>

      <div className="mt-8 flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="relative flex-1">
          <label htmlFor="city-search" className="block text-sm font-medium text-ink-800">
            {t("city.searchLabel")}
          </label>
          <IconSearch className="pointer-events-none absolute bottom-3.5 left-3.5 size-5 text-ink-400" />
          <input
            id="city-search"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={t("city.searchPlaceholder")}
            autoComplete="off"
            className="mt-1.5 block h-12 w-full rounded-control border border-ink-300 bg-white pr-3.5 pl-11 text-base shadow-xs placeholder:text-ink-400 hover:border-ink-400"
          />
        </div>
        <Button
          variant="secondary"
          size="lg"
          onClick={useMyLocation}
          loading={nearMe.state === "locating"}
          disabled={!cities.data}
          icon={<IconLocate className="size-5 text-brand-600" />}
          className="h-12"
        >
          {nearMe.state === "locating" ? t("city.locating") : t("city.nearMe")}
        </Button>
      </div>

      <div className="mt-4 space-y-3">
        {nearMe.state === "failed" && <Alert tone="warning">{t(`city.geo.${nearMe.reason}`)}</Alert>}
        {nearMe.state === "far" && (
          <Alert
            tone="info"
            action={
              <Button size="sm" onClick={() => choose(nearMe.city)}>
                {t("city.chooseNearest", { city: nearMe.city.name })}
              </Button>
            }
          >
            {t("city.nearest", { city: nearMe.city.name, distance: distance(nearMe.distanceKm) })}
          </Alert>
        )}
      </div>

      <section aria-labelledby="city-list-heading" className="mt-8">
        <div className="flex items-baseline justify-between">
          <h2 id="city-list-heading" className="text-sm font-semibold tracking-wide text-ink-500 uppercase">
            {t("city.listHeading")}
          </h2>
          {cities.data && (
            <p className="text-sm text-ink-500" aria-live="polite">
              {t("city.count", { count: visible.length })}
            </p>
          )}
        </div>

        {cities.isPending && (
          <div className="mt-6 flex justify-center text-brand-600">
            <Spinner label={t("common:status.loading")} className="size-8" />
          </div>
        )}
        {cities.isError && (
          <Alert
            tone="danger"
            title={t("city.loadFailed")}
            className="mt-4"
            action={
              <Button size="sm" variant="secondary" onClick={() => cities.refetch()}>
                {t("common:actions.retry")}
              </Button>
            }
          >
            {errorMessage(cities.error)}
          </Alert>
        )}
        {cities.data && cities.data.length === 0 && <p className="mt-6 text-ink-600">{t("city.empty")}</p>}
        {cities.data && cities.data.length > 0 && visible.length === 0 && (
          <p className="mt-6 text-ink-600">{t("city.noMatch", { query: query.trim() })}</p>
        )}

        {visible.length > 0 && (
          <ul className="mt-3 grid gap-2 sm:grid-cols-2">
            {visible.map((city) => {
              const isCurrent = city.id === current?.id;
              return (
                <li key={city.id}>
                  <button
                    type="button"
                    onClick={() => choose(city)}
                    aria-current={isCurrent ? "true" : undefined}
                    className="group flex w-full items-center gap-3 rounded-control bg-white p-3.5 text-left shadow-xs ring-1 ring-ink-200 transition hover:ring-brand-300 hover:shadow-card aria-[current]:ring-2 aria-[current]:ring-brand-600"
                  >
                    <span className="grid size-10 shrink-0 place-items-center rounded-full bg-brand-50 text-brand-700 group-hover:bg-brand-100">
                      <IconPin className="size-5" />
                    </span>
                    <span className="min-w-0 flex-1">
                      <span className="block truncate font-semibold text-ink-950">{city.name}</span>
                      <span className="block truncate text-sm text-ink-500">
                        {countryName(city.country, i18n.language)}
                      </span>
                    </span>
                    {isCurrent && (
                      <span className="rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white">
                        {t("city.current")}
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
