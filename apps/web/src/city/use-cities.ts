import { useTRPC } from "@marquee/ui";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { cityPreference, reconcileCity, useChosenCity } from "./city-preference.ts";

/** The catalogue's cities. They change rarely, so they are kept fresh for an hour. */
export function useCities() {
  const trpc = useTRPC();
  return useQuery(trpc.catalog.cities.queryOptions(undefined, { staleTime: 60 * 60_000 }));
}

/** The chosen city, kept in step with the catalogue (renamed, or removed, cities). */
export function useCity() {
  const chosen = useChosenCity();
  const cities = useCities();
  useEffect(() => {
    if (!cities.data || !chosen) return;
    const current = reconcileCity(chosen, cities.data);
    if (JSON.stringify(current) !== JSON.stringify(chosen)) cityPreference.set(current);
  }, [chosen, cities.data]);
  return chosen;
}
