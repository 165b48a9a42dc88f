import { describe, expect, it } from "vitest";
import { distanceKm, nearestCity } from "./nearest-city.ts";

const mumbai = { name: "Mumbai", lat: 19.076, lng: 72.8777 };
const pune = { name: "Pune", lat: 18.5204, lng: 73.8567 };
const delhi = { name: "Delhi", lat: 28.6139, lng: 77.209 };
const berlin = { name: "Berlin", lat: 52.52, lng: 13.405 };
const auckland = { name: "Auckland", lat: -36.8485, lng: 174.7633 };
const apia = { name: "Apia", lat: -13.8333, lng: -171.7667 };

describe("distanceKm", () => {
  it("matches known great-circle distances", () => {
    expect(distanceKm(mumbai, delhi)).toBeCloseTo(1153, -1);
    expect(distanceKm(berlin, berlin)).toBe(0);
  });

  it("is symmetric", () => {
    expect(distanceKm(pune, berlin)).toBeCloseTo(distanceKm(berlin, pune), 9);
  });
});

describe("nearestCity", () => {
  const cities = [delhi, berlin, mumbai, pune];

  it("picks the closest city, not the first or the one with the nearest latitude", () => {
    // Thane is north of Mumbai; Pune has a closer longitude but is further away
    expect(nearestCity(cities, { lat: 19.2183, lng: 72.9781 })?.city.name).toBe("Mumbai");
    expect(nearestCity(cities, { lat: 18.6, lng: 73.8 })?.city.name).toBe("Pune");
    expect(nearestCity(cities, { lat: 53.55, lng: 9.99 })?.city.name).toBe("Berlin");
  });

  it("reports the distance to the chosen city", () => {
    const result = nearestCity(cities, { lat: 19.2183, lng: 72.9781 });
    expect(result?.distanceKm).toBeGreaterThan(15);
    expect(result?.distanceKm).toBeLessThan(25);
  });

  it("measures across the antimeridian", () => {
    // Suva, Fiji (178.4° E) is closer to Apia (171.8° W) than to Auckland
    expect(nearestCity([auckland, apia], { lat: -18.1416, lng: 178.4419 })?.city.name).toBe("Apia");
  });

  it("returns null without cities", () => {
    expect(nearestCity([], { lat: 0, lng: 0 })).toBeNull();
  });
});
