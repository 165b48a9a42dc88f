export interface Coordinates {
  lat: number;
  lng: number;
}

const earthRadiusKm = 6371.0088;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(b.lat - a.lat);
  const dLng = radians(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The city closest to a position, with its distance; null when there are no cities. */
export function nearestCity<C extends Coordinates>(
  cities: readonly C[],
  position: Coordinates,
): { city: C; distanceKm: number } | null {
  let best: { city: C; distanceKm: number } | null = null;
  for (const city of cities) {
    const distance = distanceKm(position, city);
    if (!best || distance < best.distanceKm) best = { city, distanceKm: distance };
  }
  return best;
}

/** Beyond this, "near me" suggests the nearest city instead of silently switching to it. */
export const nearbyRadiusKm = 150;
