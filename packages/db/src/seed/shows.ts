import { sql } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { shows } from "../schema/catalog.ts";
import type { ShowFormat } from "../schema/enums.ts";
import { gaQuotas } from "../schema/inventory.ts";
import { priceTiers } from "../schema/pricing.ts";
import type { SeededEvent } from "./events.ts";
import { GA_TIERS, seatedTiers, type TierSeed } from "./tiers.ts";
import { addDays, epochDay, type LocalDate, localDateOf, weekdayOf, zonedTime } from "./time.ts";
import type { SeededHall, SeededVenue } from "./venues.ts";

/** One planned performance, in the venue's local time. */
export interface ShowPlan {
  eventSlug: string;
  venueSlug: string;
  hallName: string;
  date: LocalDate;
  time: string;
  language: string | null;
  format: ShowFormat;
  /** Multiplies the hall's base prices (a sports night costs less than a headline tour). */
  priceFactor: number;
}

const SUN = 0;
const MON = 1;
const TUE = 2;
const WED = 3;
const THU = 4;
const FRI = 5;
const SAT = 6;

interface CinemaProgramme {
  venueSlug: string;
  hallName: string;
  times: string[];
  /** Languages this city's audiences get, in order of preference. */
  languages: string[];
  movies: string[];
}

const EARLY = ["09:45", "13:00", "16:15", "19:30"];
const LATE = ["10:30", "13:45", "17:00", "20:15"];

/**
 * Each screen cycles through its films, one slot later each day, so every film plays at every
 * time. The rotation counts calendar days, so the seed day does not change who plays when.
 */
export const CINEMA_PROGRAMMES: readonly CinemaProgramme[] = [
  {
    venueSlug: "marquee-cinemas-lower-parel",
    hallName: "Screen 1",
    times: EARLY,
    languages: ["hi", "en", "mr"],
    movies: ["dil-ki-dhun", "orbit-of-glass", "shikaar", "chaalbaaz-company"],
  },
  {
    venueSlug: "marquee-cinemas-lower-parel",
    hallName: "Screen 2",
    times: LATE,
    languages: ["hi", "en", "mr"],
    movies: ["vaari", "mitti-ke-rang", "paper-tigers", "atlas-of-small-things", "rudra-veena"],
  },
  {
    venueSlug: "marquee-cinemas-indiranagar",
    hallName: "Screen 1",
    times: EARLY,
    languages: ["kn", "en", "hi", "ta", "te"],
    movies: ["kaveri-teerada", "madurai-mazhai", "orbit-of-glass", "rudra-veena"],
  },
  {
    venueSlug: "marquee-cinemas-indiranagar",
    hallName: "Screen 2",
    times: LATE,
    languages: ["kn", "en", "hi", "ta", "te"],
    movies: ["fast-lane-fugitives", "shikaar", "hollow-creek", "dil-ki-dhun"],
  },
  {
    venueSlug: "marquee-picturehouse-southbank",
    hallName: "Screen 1",
    times: LATE,
    languages: ["en"],
    movies: [
      "the-last-lighthouse-keeper",
      "orbit-of-glass",
      "the-cartographers-son",
      "midnight-at-the-marigold",
    ],
  },
  {
    venueSlug: "marquee-cinema-chelsea",
    hallName: "Screen 1",
    times: LATE,
    languages: ["en"],
    movies: [
      "paper-tigers",
      "hollow-creek",
      "fast-lane-fugitives",
      "atlas-of-small-things",
      "orbit-of-glass",
    ],
  },
  {
    venueSlug: "kino-marquee-kreuzberg",
    hallName: "Screen 1",
    times: LATE,
    languages: ["de", "en"],
    movies: ["die-stille-stadt", "spaete-zuege", "orbit-of-glass", "the-cartographers-son"],
  },
  {
    venueSlug: "marquee-cinema-shibuya",
    hallName: "Screen 1",
    times: EARLY,
    languages: ["ja", "en"],
    movies: ["sakura-no-yoru", "kaiju-harbor", "hoshizora-delivery", "orbit-of-glass"],
  },
];

type Performance = [eventSlug: string, time: string, priceFactor?: number];

interface Repertoire {
  venueSlug: string;
  hallName: string;
  /** What plays on a weekday; `week` alternates 0, 1 from one calendar week to the next. */
  bill(weekday: number, week: number): Performance[];
}

/** Theatres: a run of one production, matinées, and a concert on the dark Monday. */
export const REPERTOIRES: readonly Repertoire[] = [
  {
    venueSlug: "marine-lines-playhouse",
    hallName: "Main Auditorium",
    bill: (weekday, week) => {
      if (weekday === MON)
        return week === 0 ? [["monsoon-ragas", "19:30", 0.6]] : [["echoes-of-the-ghats", "19:30", 0.5]];
      if (weekday === SAT)
        return [
          ["the-importance-of-being-punctual", "15:00"],
          ["the-importance-of-being-punctual", "19:30"],
        ];
      if (weekday === SUN) return [["ek-chai-do-kahaniyan", "16:00"]];
      return [["ek-chai-do-kahaniyan", "19:30"]];
    },
  },
  {
    venueSlug: "aldwych-lyric-theatre",
    hallName: "Main House",
    bill: (weekday) => {
      if (weekday === MON) return [["vivaldi-by-candlelight", "19:30", 0.7]];
      if (weekday === SUN) return [];
      const evening: Performance = ["the-lamplighters-daughter", "19:30"];
      return weekday === THU || weekday === SAT
        ? [["the-lamplighters-daughter", "14:30"], evening]
        : [evening];
    },
  },
  {
    venueSlug: "forty-fourth-street-theatre",
    hallName: "Main Stage",
    bill: (weekday) => {
      const show = (time: string): Performance => ["brass-and-bone", time];
      switch (weekday) {
        case MON:
          return [["broadway-unplugged", "19:30", 0.6]];
        case TUE:
          return [show("19:00")];
        case WED:
          return [show("14:00"), show("19:30")];
        case THU:
          return [show("19:30")];
        case FRI:
          return [show("20:00")];
        case SAT:
          return [show("14:00"), show("20:00")];
        default:
          return [show("15:00")];
      }
    },
  },
];

interface Fixture {
  eventSlug: string;
  venueSlug: string;
  hallName: string;
  /** Played on the first such weekday after today (within the coming week). */
  weekday: number;
  time: string;
  priceFactor?: number;
}

/** One-off nights in arenas, clubs and the streaming studio. */
export const FIXTURES: readonly Fixture[] = [
  ...[FRI, SAT].map((weekday) => ({
    eventSlug: "velvet-static-neon-tides",
    venueSlug: "greenwich-riverside-arena",
    hallName: "Arena",
    weekday,
    time: "20:00",
  })),
  {
    eventSlug: "london-lions-vs-manchester-meteors",
    venueSlug: "greenwich-riverside-arena",
    hallName: "Arena",
    weekday: SUN,
    time: "17:30",
    priceFactor: 0.5,
  },
  {
    eventSlug: "brooklyn-bridges-vs-boston-harborhawks",
    venueSlug: "atlantic-avenue-arena",
    hallName: "Arena",
    weekday: WED,
    time: "19:30",
    priceFactor: 0.7,
  },
  {
    eventSlug: "new-york-night-owls-vs-philadelphia-forge",
    venueSlug: "atlantic-avenue-arena",
    hallName: "Arena",
    weekday: THU,
    time: "19:00",
    priceFactor: 0.6,
  },
  {
    eventSlug: "dave-okafor-small-talk-big-trouble",
    venueSlug: "atlantic-avenue-arena",
    hallName: "Arena",
    weekday: FRI,
    time: "20:00",
    priceFactor: 0.7,
  },
  {
    eventSlug: "luna-alvarez-corazon-tour",
    venueSlug: "atlantic-avenue-arena",
    hallName: "Arena",
    weekday: SAT,
    time: "20:00",
  },
  ...[
    [FRI, "20:00"],
    [SAT, "20:00"],
    [SAT, "22:15"],
  ].map(([weekday, time]) => ({
    eventSlug: "rohan-mehta-overthinking-it",
    venueSlug: "koramangala-comedy-cellar",
    hallName: "The Cellar",
    weekday: weekday as number,
    time: time as string,
  })),
  {
    eventSlug: "nisha-kulkarni-middle-class-problems",
    venueSlug: "koramangala-comedy-cellar",
    hallName: "The Cellar",
    weekday: SUN,
    time: "19:00",
  },
  {
    eventSlug: "northern-lights-electronic-night",
    venueSlug: "spreeufer-club",
    hallName: "Main Floor",
    weekday: SAT,
    time: "23:00",
  },
  ...(
    [
      ["aurora-quartet-live-from-the-studio", THU, "19:30"],
      ["masterclass-writing-for-the-screen", TUE, "18:00"],
      ["global-pub-quiz-live", SUN, "20:00"],
      ["tabla-for-beginners-online", SAT, "10:00"],
    ] as const
  ).map(([eventSlug, weekday, time]) => ({
    eventSlug,
    venueSlug: "marquee-live-studio",
    hallName: "Live Stream",
    weekday,
    time,
  })),
];

/** Every performance in the window, each on local dates of its venue's time zone. */
export function planShows(
  window: { now: Date; days: number },
  venues: Map<string, SeededVenue>,
  events: Map<string, SeededEvent>,
): ShowPlan[] {
  const todayAt = (venueSlug: string) => localDateOf(window.now, venueOf(venues, venueSlug).timeZone);
  const movieOf = (slug: string) => eventOf(events, slug).seed;
  const plans: ShowPlan[] = [];

  for (const programme of CINEMA_PROGRAMMES) {
    const today = todayAt(programme.venueSlug);
    for (let day = 0; day < window.days; day++) {
      const date = addDays(today, day);
      programme.times.forEach((time, slot) => {
        const rotation = epochDay(date) + slot;
        const movie = movieOf(programme.movies[rotation % programme.movies.length] as string);
        const spoken = movie.languages.filter((language) => programme.languages.includes(language));
        const languages = spoken.length > 0 ? spoken : movie.languages.slice(0, 1);
        const formats = movie.formats ?? ["2D"];
        plans.push({
          eventSlug: movie.slug,
          venueSlug: programme.venueSlug,
          hallName: programme.hallName,
          date,
          time,
          language: languages[rotation % languages.length] ?? null,
          format: formats[rotation % formats.length] ?? "2D",
          priceFactor: 1,
        });
      });
    }
  }

  for (const repertoire of REPERTOIRES) {
    const today = todayAt(repertoire.venueSlug);
    for (let day = 0; day < window.days; day++) {
      const date = addDays(today, day);
      // Epoch day 0 was a Thursday: shift so weeks turn over on Monday.
      const week = Math.floor((epochDay(date) + 3) / 7) % 2;
      for (const [eventSlug, time, priceFactor] of repertoire.bill(weekdayOf(date), week)) {
        plans.push({
          eventSlug,
          venueSlug: repertoire.venueSlug,
          hallName: repertoire.hallName,
          date,
          time,
          language: eventOf(events, eventSlug).seed.languages[0] ?? null,
          format: "standard",
          priceFactor: priceFactor ?? 1,
        });
      }
    }
  }

  for (const fixture of FIXTURES) {
    const today = todayAt(fixture.venueSlug);
    const day = [1, 2, 3, 4, 5, 6, 7].find(
      (offset) => weekdayOf(addDays(today, offset)) === fixture.weekday,
    ) as number;
    if (day >= window.days) continue;
    plans.push({
      eventSlug: fixture.eventSlug,
      venueSlug: fixture.venueSlug,
      hallName: fixture.hallName,
      date: addDays(today, day),
      time: fixture.time,
      language: eventOf(events, fixture.eventSlug).seed.languages[0] ?? null,
      format: "standard",
      priceFactor: fixture.priceFactor ?? 1,
    });
  }
  return plans;
}

function venueOf(venues: Map<string, SeededVenue>, slug: string): SeededVenue {
  const venue = venues.get(slug);
  if (!venue) throw new Error(`unknown venue ${slug}`);
  return venue;
}

function eventOf(events: Map<string, SeededEvent>, slug: string): SeededEvent {
  const event = events.get(slug);
  if (!event) throw new Error(`unknown event ${slug}`);
  return event;
}

/** Movies run trailers first; the listed duration is the film's. */
const TRAILER_MINUTES = 20;

export interface ShowsCreated {
  shows: number;
  priceTiers: number;
  showSeats: number;
  gaQuotas: number;
}

/**
 * Inserts the planned shows hall by hall. A show that already exists (same hall, same start)
 * is skipped along with its tiers and inventory, which are only written for new shows.
 */
export async function seedShows(
  tx: Tx,
  context: {
    now: Date;
    plans: ShowPlan[];
    venues: Map<string, SeededVenue>;
    events: Map<string, SeededEvent>;
  },
): Promise<ShowsCreated> {
  const created: ShowsCreated = { shows: 0, priceTiers: 0, showSeats: 0, gaQuotas: 0 };
  const byHall = new Map<string, ShowPlan[]>();
  for (const plan of context.plans) {
    const key = `${plan.venueSlug}/${plan.hallName}`;
    byHall.set(key, [...(byHall.get(key) ?? []), plan]);
  }
  for (const hallPlans of byHall.values()) {
    const first = hallPlans[0] as ShowPlan;
    const venue = venueOf(context.venues, first.venueSlug);
    const hall = venue.halls.get(first.hallName);
    if (!hall) throw new Error(`unknown hall ${first.venueSlug}/${first.hallName}`);
    const result = await seedHallShows(tx, { ...context, venue, hall, plans: hallPlans });
    created.shows += result.shows;
    created.priceTiers += result.priceTiers;
    created.showSeats += result.showSeats;
    created.gaQuotas += result.gaQuotas;
  }
  return created;
}

async function seedHallShows(
  tx: Tx,
  context: {
    now: Date;
    venue: SeededVenue;
    hall: SeededHall;
    plans: ShowPlan[];
    events: Map<string, SeededEvent>;
  },
): Promise<ShowsCreated> {
  const { venue, hall } = context;
  const generalAdmission = hall.plan.seats.length === 0;
  // Sales opened three weeks before the seed day, at 10:00 local time.
  const salesStartAt = zonedTime(
    addDays(localDateOf(context.now, venue.timeZone), -21),
    "10:00",
    venue.timeZone,
  );
  const rows = context.plans.map((plan) => {
    const event = eventOf(context.events, plan.eventSlug);
    const startsAt = zonedTime(plan.date, plan.time, venue.timeZone);
    const minutes = event.seed.durationMinutes + (event.seed.kind === "movie" ? TRAILER_MINUTES : 0);
    return {
      eventId: event.id,
      hallId: hall.id,
      venueId: venue.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + minutes * 60_000),
      language: plan.language,
      format: plan.format,
      salesStartAt,
      salesEndAt: startsAt,
      status: event.seed.draft ? ("scheduled" as const) : ("on_sale" as const),
      generalAdmission,
      currency: venue.currency,
    };
  });
  const inserted = await tx
    .insert(shows)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: shows.id, startsAt: shows.startsAt });
  if (inserted.length === 0) return { shows: 0, priceTiers: 0, showSeats: 0, gaQuotas: 0 };

  const planAt = new Map(
    context.plans.map((plan) => [zonedTime(plan.date, plan.time, venue.timeZone).getTime(), plan]),
  );
  const tiersByShow = inserted.map((show) => {
    const plan = planAt.get(show.startsAt.getTime()) as ShowPlan;
    const tiers: TierSeed[] = generalAdmission
      ? (GA_TIERS[venue.slug] ?? [])
      : seatedTiers(hall.plan.kind, venue.currency, { format: plan.format, priceFactor: plan.priceFactor });
    if (tiers.length === 0) throw new Error(`no tiers for ${venue.slug}`);
    return { showId: show.id, tiers };
  });
  const tierRows = await tx
    .insert(priceTiers)
    .values(
      tiersByShow.flatMap(({ showId, tiers }) =>
        tiers.map((tier, sortOrder) => ({
          showId,
          name: tier.name,
          code: tier.code,
          priceMinor: tier.priceMinor,
          currency: venue.currency,
          color: tier.color,
          sortOrder,
        })),
      ),
    )
    .returning({ id: priceTiers.id, showId: priceTiers.showId, code: priceTiers.code });

  const showIds = inserted.map((show) => show.id);
  const created: ShowsCreated = {
    shows: inserted.length,
    priceTiers: tierRows.length,
    showSeats: 0,
    gaQuotas: 0,
  };
  if (generalAdmission) {
    const quotas = await tx
      .insert(gaQuotas)
      .values(
        tierRows.map((tier) => {
          const seed = GA_TIERS[venue.slug]?.find((t) => t.code === tier.code);
          if (!seed) throw new Error(`no quota for ${venue.slug} ${tier.code}`);
          return { showId: tier.showId, tierId: tier.id, name: seed.name, capacity: seed.capacity };
        }),
      )
      .returning({ id: gaQuotas.id });
    created.gaQuotas = quotas.length;
  } else {
    created.showSeats = await insertShowSeats(tx, hall, showIds);
    if (hall.plan.kind === "theatre") await reserveHouseSeats(tx, hall.id, showIds);
  }
  return created;
}

/** Every seat of the hall for each new show, priced by the tier its section and category map to. */
async function insertShowSeats(tx: Tx, hall: SeededHall, showIds: string[]): Promise<number> {
  const pairs = new Map<string, [string, string, string]>();
  for (const seat of hall.plan.seats) {
    const key = `${seat.sectionCode}/${seat.category}`;
    if (!pairs.has(key)) {
      pairs.set(key, [seat.sectionCode, seat.category, hall.plan.tierCode(seat.sectionCode, seat.category)]);
    }
  }
  const mapping = sql.join(
    [...pairs.values()].map(([section, category, tier]) => sql`(${section}, ${category}, ${tier})`),
    sql`, `,
  );
  const result = await tx.execute(sql`
    insert into show_seats (show_id, seat_id, tier_id)
    select tier.show_id, seat.id, tier.id
    from seats seat
    join hall_sections section on section.id = seat.section_id
    join (values ${mapping}) as map (section_code, category, tier_code)
      on map.section_code = section.code and map.category = seat.category
    join price_tiers tier on tier.code = map.tier_code
    where seat.hall_id = ${hall.id} and tier.show_id in ${inList(showIds)}
  `);
  return result.count;
}

/** Four centre seats of the front stalls row are house seats: the box office sells them. */
async function reserveHouseSeats(tx: Tx, hallId: string, showIds: string[]): Promise<void> {
  await tx.execute(sql`
    update show_seats
    set channels = array['boxoffice']::sales_channel[]
    from seats seat join hall_sections section on section.id = seat.section_id
    where show_seats.seat_id = seat.id
      and show_seats.show_id in ${inList(showIds)}
      and seat.hall_id = ${hallId} and section.code = 'ST' and seat.row_label = 'A' and seat.number between 9 and 12
  `);
}

const inList = (ids: string[]) =>
  sql`(${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
