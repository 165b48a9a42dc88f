import type { City } from "@marquee/contracts";
import { useSyncExternalStore } from "react";

const storageKey = "marquee.city";

/**
 * The buyer's chosen city, remembered in localStorage. The whole city is kept, not just its
 * id, so the home page can render at once; it is refreshed from the catalogue once that loads.
 */
function createCityPreference(storage: Storage | null) {
  const listeners = new Set<() => void>();
  let current = restore();

  function restore(): City | null {
    try {
      const raw = storage?.getItem(storageKey);
      if (!raw) return null;
      const value: unknown = JSON.parse(raw);
      return looksLikeCity(value) ? value : null;
    } catch {
      return null;
    }
  }

  return {
    get: () => current,
    set(city: City | null) {
      current = city;
      try {
        if (city) storage?.setItem(storageKey, JSON.stringify(city));
        else storage?.removeItem(storageKey);
      } catch {
        // not remembering is fine; the choice holds for this visit
      }
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export const cityPreference = createCityPreference(browserStorage());

export function useChosenCity(): City | null {
  return useSyncExternalStore(cityPreference.subscribe, cityPreference.get, cityPreference.get);
}

/** The stored city as the catalogue now describes it; null if the catalogue no longer lists it. */
export function reconcileCity(chosen: City | null, catalogue: readonly City[]): City | null {
  if (!chosen) return null;
  return catalogue.find((candidate) => candidate.id === chosen.id) ?? null;
}

/**
 * A structural check of what we stored ourselves (zod would add ~30 kB to the entry bundle);
 * the catalogue's own copy replaces it as soon as catalog.cities loads.
 */
function looksLikeCity(value: unknown): value is City {
  if (typeof value !== "object" || value === null) return false;
  const city = value as Record<string, unknown>;
  return (
    ["id", "name", "slug", "country", "timeZone", "currency"].every((key) => typeof city[key] === "string") &&
    typeof city.lat === "number" &&
    typeof city.lng === "number"
  );
}
