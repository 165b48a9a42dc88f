import { z } from "zod";
import { money } from "./money-schema.ts";

/*
 * The enum value lists live here (not in @marquee/db) so clients can import them without the
 * database package; the db enums must list the same values (the api's typecheck fails if a
 * database value is missing here).
 */
export const eventKinds = ["movie", "concert", "play", "sport", "comedy", "virtual"] as const;
export type EventKind = (typeof eventKinds)[number];

export const showStatuses = ["scheduled", "on_sale", "sold_out", "cancelled", "completed"] as const;
export type ShowStatus = (typeof showStatuses)[number];

export const showFormats = ["standard", "2D", "3D", "IMAX", "4DX"] as const;
export type ShowFormat = (typeof showFormats)[number];

/** How full a show is, coarse on purpose: clients show a badge, not a seat count. */
export const availabilityLevels = ["available", "filling_fast", "sold_out"] as const;
export type AvailabilityLevel = (typeof availabilityLevels)[number];

/** A point in time: a Date through superjson, or an ISO 8601 string from a plain JSON client. */
const instant = z.union([z.date(), z.iso.datetime({ offset: true }).transform((value) => new Date(value))]);

export const city = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  country: z.string(),
  lat: z.number(),
  lng: z.number(),
  timeZone: z.string(),
  currency: z.string(),
});
export type City = z.infer<typeof city>;

// catalog.events: discovery listing for one city

export const EVENTS_PAGE_DEFAULT = 20;
export const EVENTS_PAGE_MAX = 50;

export const eventListInput = z.object({
  cityId: z.uuid(),
  /** Window of show start times: [from ?? now, to ?? from + 30 days). Never reaches into the past. */
  from: instant.optional(),
  to: instant.optional(),
  kind: z.enum(eventKinds).optional(),
  /** Matched case-insensitively against the event's genres. */
  genre: z.string().trim().min(1).max(60).optional(),
  /** BCP 47 code, matched case-insensitively against the event's languages or a show's language. */
  language: z.string().trim().min(2).max(35).optional(),
  /** Opaque; take it from the previous page's nextCursor. */
  cursor: z.string().min(1).max(200).optional(),
  limit: z.number().int().min(1).max(EVENTS_PAGE_MAX).default(EVENTS_PAGE_DEFAULT),
});
export type EventListInput = z.input<typeof eventListInput>;

export const eventListItem = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  kind: z.enum(eventKinds),
  tagline: z.string().nullable(),
  genres: z.array(z.string()),
  languages: z.array(z.string()),
  durationMinutes: z.number().int().nullable(),
  certification: z.string().nullable(),
  posterUrl: z.string().nullable(),
  /** Start of the earliest matching show in the window. */
  nextShowAt: z.date(),
  /** Matching shows in the window. */
  showCount: z.number().int(),
  /** Cheapest current tier price over those shows. */
  priceFrom: money.nullable(),
});
export type EventListItem = z.infer<typeof eventListItem>;

export const eventListPage = z.object({
  items: z.array(eventListItem),
  nextCursor: z.string().nullable(),
});
export type EventListPage = z.infer<typeof eventListPage>;

// catalog.event: one event with its upcoming shows by venue and local date

export const eventInput = z.object({
  eventId: z.uuid(),
  /** Only venues in this city. */
  cityId: z.uuid().optional(),
});
export type EventInput = z.input<typeof eventInput>;

export const castMember = z.object({
  name: z.string(),
  role: z.string(),
  kind: z.enum(["cast", "crew"]),
});

export const eventMedia = z.object({
  kind: z.enum(["image", "video"]),
  url: z.string(),
  caption: z.string().optional(),
});

export const ratingSummary = z.object({
  /** Mean of 1–10 ratings, one decimal. */
  average: z.number(),
  count: z.number().int(),
});

export const venueSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  address: z.string(),
  cityId: z.uuid(),
  timeZone: z.string(),
  lat: z.number(),
  lng: z.number(),
});
export type VenueSummary = z.infer<typeof venueSummary>;

export const eventShow = z.object({
  id: z.uuid(),
  startsAt: z.date(),
  endsAt: z.date(),
  language: z.string().nullable(),
  format: z.enum(showFormats),
  status: z.enum(showStatuses),
  hallName: z.string(),
  availability: z.enum(availabilityLevels),
  priceFrom: money.nullable(),
});
export type EventShow = z.infer<typeof eventShow>;

export const eventVenueShows = z.object({
  venue: venueSummary,
  dates: z.array(
    z.object({
      /** Calendar date in the venue's time zone. */
      date: z.iso.date(),
      shows: z.array(eventShow),
    }),
  ),
});
export type EventVenueShows = z.infer<typeof eventVenueShows>;

export const eventDetail = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  tagline: z.string().nullable(),
  description: z.string(),
  kind: z.enum(eventKinds),
  genres: z.array(z.string()),
  languages: z.array(z.string()),
  durationMinutes: z.number().int().nullable(),
  certification: z.string().nullable(),
  cast: z.array(castMember),
  posterUrl: z.string().nullable(),
  bannerUrl: z.string().nullable(),
  media: z.array(eventMedia),
  releaseDate: z.iso.date().nullable(),
  /** Null until the event has a review. */
  rating: ratingSummary.nullable(),
  venues: z.array(eventVenueShows),
});
export type EventDetail = z.infer<typeof eventDetail>;

// catalog.show: one show, enough to draw the seat-selection screen around the seat map

export const showInput = z.object({ showId: z.uuid() });
export type ShowInput = z.input<typeof showInput>;

export const hallLayout = z.object({
  bounds: z.object({ width: z.number(), height: z.number() }),
  stage: z.object({
    kind: z.enum(["screen", "stage", "court"]),
    label: z.string(),
    x: z.number(),
    y: z.number(),
    width: z.number(),
    height: z.number(),
  }),
  sections: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      outline: z.array(z.tuple([z.number(), z.number()])),
      labelAt: z.tuple([z.number(), z.number()]),
    }),
  ),
});
export type HallLayout = z.infer<typeof hallLayout>;

export const showTier = z.object({
  id: z.uuid(),
  name: z.string(),
  code: z.string(),
  color: z.string().nullable(),
  /** Current price: base price × dynamic multiplier, rounded to a minor unit. */
  price: money,
});
export type ShowTier = z.infer<typeof showTier>;

export const showDetail = z.object({
  id: z.uuid(),
  startsAt: z.date(),
  endsAt: z.date(),
  language: z.string().nullable(),
  format: z.enum(showFormats),
  status: z.enum(showStatuses),
  generalAdmission: z.boolean(),
  currency: z.string(),
  salesStartAt: z.date().nullable(),
  salesEndAt: z.date().nullable(),
  availability: z.enum(availabilityLevels),
  event: z.object({
    id: z.uuid(),
    slug: z.string(),
    title: z.string(),
    kind: z.enum(eventKinds),
    posterUrl: z.string().nullable(),
    durationMinutes: z.number().int().nullable(),
    certification: z.string().nullable(),
  }),
  venue: z.object({
    id: z.uuid(),
    name: z.string(),
    address: z.string(),
    timeZone: z.string(),
    cityId: z.uuid(),
  }),
  hall: z.object({
    id: z.uuid(),
    name: z.string(),
    kind: z.string(),
    layout: hallLayout.nullable(),
  }),
  tiers: z.array(showTier),
});
export type ShowDetail = z.infer<typeof showDetail>;
