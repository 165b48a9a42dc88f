import type { Coordinates } from "./nearest-city.ts";

export type LocateFailure = "denied" | "unavailable" | "timeout" | "unsupported";

export class LocateError extends Error {
  constructor(readonly reason: LocateFailure) {
    super(`Could not locate: ${reason}`);
  }
}

/** Asks the browser for a coarse position. Only ever called from a click on "Use my location". */
export function locate(
  geolocation: Geolocation | undefined = globalThis.navigator?.geolocation,
): Promise<Coordinates> {
  return new Promise((resolve, reject) => {
    if (!geolocation) {
      reject(new LocateError("unsupported"));
      return;
    }
    geolocation.getCurrentPosition(
      (position) => resolve({ lat: position.coords.latitude, lng: position.coords.longitude }),
      (error) => {
        const reason: LocateFailure =
          error.code === error.PERMISSION_DENIED
            ? "denied"
            : error.code === error.TIMEOUT
              ? "timeout"
              : "unavailable";
        reject(new LocateError(reason));
      },
      // a city is all we need: no GPS, and a position from the last half hour will do
      { enableHighAccuracy: false, timeout: 12_000, maximumAge: 30 * 60_000 },
    );
  });
}
