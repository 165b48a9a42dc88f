import { count, eq, inArray } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { hallSections, halls, seats, venues } from "../schema/catalog.ts";
import type { SeededCity } from "./cities.ts";
import { arenaHall, cinemaHall, type HallPlan, standingHall, theatreHall } from "./layouts.ts";

export interface HallSeed {
  name: string;
  plan: () => HallPlan;
}

export interface VenueSeed {
  slug: string;
  citySlug: string;
  name: string;
  address: string;
  postalCode: string;
  lat: number;
  lng: number;
  halls: HallSeed[];
}

const cinemaScreens = (count: number): HallSeed[] =>
  Array.from({ length: count }, (_, i) => ({ name: `Screen ${i + 1}`, plan: cinemaHall }));

/** The demo organization's venues: fictional names at real-looking addresses. */
export const VENUES: readonly VenueSeed[] = [
  {
    slug: "marquee-cinemas-lower-parel",
    citySlug: "mumbai",
    name: "Marquee Cinemas Lower Parel",
    address: "Level 3, Kamala Mills Compound, Senapati Bapat Marg, Lower Parel, Mumbai",
    postalCode: "400013",
    lat: 19.0049,
    lng: 72.8275,
    halls: cinemaScreens(2),
  },
  {
    slug: "marine-lines-playhouse",
    citySlug: "mumbai",
    name: "Marine Lines Playhouse",
    address: "41 Netaji Subhash Chandra Bose Road, Marine Lines, Mumbai",
    postalCode: "400020",
    lat: 18.9441,
    lng: 72.8232,
    halls: [{ name: "Main Auditorium", plan: theatreHall }],
  },
  {
    slug: "marquee-cinemas-indiranagar",
    citySlug: "bengaluru",
    name: "Marquee Cinemas Indiranagar",
    address: "612 100 Feet Road, HAL 2nd Stage, Indiranagar, Bengaluru",
    postalCode: "560038",
    lat: 12.9719,
    lng: 77.6412,
    halls: cinemaScreens(2),
  },
  {
    slug: "koramangala-comedy-cellar",
    citySlug: "bengaluru",
    name: "Koramangala Comedy Cellar",
    address: "Basement, 88 80 Feet Road, 4th Block, Koramangala, Bengaluru",
    postalCode: "560034",
    lat: 12.9345,
    lng: 77.6266,
    halls: [{ name: "The Cellar", plan: () => standingHall("club", 180) }],
  },
  {
    slug: "marquee-picturehouse-southbank",
    citySlug: "london",
    name: "Marquee Picturehouse Southbank",
    address: "14 Belvedere Road, London",
    postalCode: "SE1 8XX",
    lat: 51.5055,
    lng: -0.116,
    halls: cinemaScreens(1),
  },
  {
    slug: "aldwych-lyric-theatre",
    citySlug: "london",
    name: "Aldwych Lyric Theatre",
    address: "49 Aldwych, London",
    postalCode: "WC2B 4DF",
    lat: 51.5129,
    lng: -0.1183,
    halls: [{ name: "Main House", plan: theatreHall }],
  },
  {
    slug: "greenwich-riverside-arena",
    citySlug: "london",
    name: "Greenwich Riverside Arena",
    address: "2 Peninsula Square, London",
    postalCode: "SE10 0DX",
    lat: 51.503,
    lng: 0.0032,
    halls: [{ name: "Arena", plan: arenaHall }],
  },
  {
    slug: "marquee-live-studio",
    citySlug: "london",
    name: "Marquee Live Studio (online)",
    address: "118 Great Eastern Street, London",
    postalCode: "EC2A 3EJ",
    lat: 51.5255,
    lng: -0.0812,
    halls: [{ name: "Live Stream", plan: () => standingHall("virtual", 10_000) }],
  },
  {
    slug: "marquee-cinema-chelsea",
    citySlug: "new-york",
    name: "Marquee Cinema Chelsea",
    address: "262 West 23rd Street, New York, NY",
    postalCode: "10011",
    lat: 40.745,
    lng: -73.9975,
    halls: cinemaScreens(1),
  },
  {
    slug: "forty-fourth-street-theatre",
    citySlug: "new-york",
    name: "Forty-Fourth Street Theatre",
    address: "238 West 44th Street, New York, NY",
    postalCode: "10036",
    lat: 40.7585,
    lng: -73.987,
    halls: [{ name: "Main Stage", plan: theatreHall }],
  },
  {
    slug: "atlantic-avenue-arena",
    citySlug: "new-york",
    name: "Atlantic Avenue Arena",
    address: "710 Atlantic Avenue, Brooklyn, NY",
    postalCode: "11217",
    lat: 40.6838,
    lng: -73.9752,
    halls: [{ name: "Arena", plan: arenaHall }],
  },
  {
    slug: "kino-marquee-kreuzberg",
    citySlug: "berlin",
    name: "Kino Marquee Kreuzberg",
    address: "Oranienstraße 25, Berlin",
    postalCode: "10999",
    lat: 52.5011,
    lng: 13.4183,
    halls: cinemaScreens(1),
  },
  {
    slug: "spreeufer-club",
    citySlug: "berlin",
    name: "Spreeufer Club",
    address: "Holzmarktstraße 19, Berlin",
    postalCode: "10243",
    lat: 52.5115,
    lng: 13.424,
    halls: [{ name: "Main Floor", plan: () => standingHall("club", 450) }],
  },
  {
    slug: "marquee-cinema-shibuya",
    citySlug: "tokyo",
    name: "Marquee Cinema Shibuya",
    address: "2-24-1 Dogenzaka, Shibuya-ku, Tokyo",
    postalCode: "150-0043",
    lat: 35.658,
    lng: 139.698,
    halls: cinemaScreens(1),
  },
];

export interface SeededHall {
  id: string;
  name: string;
  plan: HallPlan;
}

export interface SeededVenue {
  id: string;
  slug: string;
  timeZone: string;
  currency: string;
  halls: Map<string, SeededHall>;
}

/** Seats go in batches: 13 columns × 2,000 rows stays well under Postgres's 65,535 parameters. */
const SEAT_BATCH = 2_000;

export async function seedVenues(
  tx: Tx,
  context: { organizationId: string; cities: Map<string, SeededCity> },
): Promise<{ venues: Map<string, SeededVenue>; created: { venues: number; halls: number; seats: number } }> {
  const cityOf = (slug: string) => {
    const city = context.cities.get(slug);
    if (!city) throw new Error(`unknown city ${slug}`);
    return city;
  };
  const createdVenues = await tx
    .insert(venues)
    .values(
      VENUES.map(({ halls: _halls, citySlug, ...venue }) => ({
        ...venue,
        organizationId: context.organizationId,
        cityId: cityOf(citySlug).id,
        timeZone: cityOf(citySlug).timeZone,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: venues.id });
  const venueRows = await tx
    .select({ id: venues.id, slug: venues.slug })
    .from(venues)
    .where(
      inArray(
        venues.slug,
        VENUES.map((venue) => venue.slug),
      ),
    );
  const venueIds = new Map(venueRows.map((venue) => [venue.slug, venue.id]));
  const venueIdOf = (slug: string) => {
    const id = venueIds.get(slug);
    if (!id) throw new Error(`venue ${slug} missing after insert`);
    return id;
  };

  const plans = VENUES.flatMap((venue) =>
    venue.halls.map((hall) => ({ venueSlug: venue.slug, name: hall.name, plan: hall.plan() })),
  );
  const createdHalls = await tx
    .insert(halls)
    .values(
      plans.map(({ venueSlug, name, plan }) => ({
        venueId: venueIdOf(venueSlug),
        name,
        kind: plan.kind,
        capacity: plan.capacity,
        layout: plan.layout,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: halls.id });
  const hallRows = await tx
    .select({ id: halls.id, venueId: halls.venueId, name: halls.name })
    .from(halls)
    .where(inArray(halls.venueId, [...venueIds.values()]));
  const hallIds = new Map(hallRows.map((hall) => [`${hall.venueId}/${hall.name}`, hall.id]));

  const result = new Map<string, SeededVenue>();
  for (const venue of VENUES) {
    const city = cityOf(venue.citySlug);
    result.set(venue.slug, {
      id: venueIdOf(venue.slug),
      slug: venue.slug,
      timeZone: city.timeZone,
      currency: city.currency,
      halls: new Map(),
    });
  }
  let createdSeats = 0;
  for (const { venueSlug, name, plan } of plans) {
    const venue = result.get(venueSlug) as SeededVenue;
    const hallId = hallIds.get(`${venue.id}/${name}`);
    if (!hallId) throw new Error(`hall ${venueSlug}/${name} missing after insert`);
    venue.halls.set(name, { id: hallId, name, plan });
    createdSeats += await seedSeats(tx, hallId, plan);
  }
  return {
    venues: result,
    created: { venues: createdVenues.length, halls: createdHalls.length, seats: createdSeats },
  };
}

async function seedSeats(tx: Tx, hallId: string, plan: HallPlan): Promise<number> {
  if (plan.seats.length === 0) return 0;
  await tx
    .insert(hallSections)
    .values(plan.sections.map((section) => ({ ...section, hallId })))
    .onConflictDoNothing();
  const [existing] = await tx.select({ n: count() }).from(seats).where(eq(seats.hallId, hallId));
  if (existing?.n === plan.seats.length) return 0;

  const sectionRows = await tx
    .select({ id: hallSections.id, code: hallSections.code })
    .from(hallSections)
    .where(eq(hallSections.hallId, hallId));
  const sectionIds = new Map(sectionRows.map((section) => [section.code, section.id]));
  let created = 0;
  for (let start = 0; start < plan.seats.length; start += SEAT_BATCH) {
    const rows = plan.seats.slice(start, start + SEAT_BATCH).map(({ sectionCode, ...seat }) => {
      const sectionId = sectionIds.get(sectionCode);
      if (!sectionId) throw new Error(`section ${sectionCode} missing`);
      return { ...seat, hallId, sectionId };
    });
    const inserted = await tx.insert(seats).values(rows).onConflictDoNothing().returning({ id: seats.id });
    created += inserted.length;
  }
  return created;
}
