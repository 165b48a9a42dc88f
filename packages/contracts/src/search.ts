import { z } from "zod";
import { eventKinds, eventListItem, showFormats } from "./catalog.ts";
import { money } from "./money-schema.ts";

// search.events: free text with typo tolerance plus facets, over one city's bookable events

export const SEARCH_PAGE_DEFAULT = 20;
export const SEARCH_PAGE_MAX = 50;

const instant = z.union([z.date(), z.iso.datetime({ offset: true }).transform((value) => new Date(value))]);
const facetValues = <T extends z.ZodType>(value: T) => z.array(value).max(20).optional();

export const searchInput = z.object({
  cityId: z.uuid(),
  /** Free text: titles, taglines, genres, cast and crew, descriptions. Empty browses. */
  q: z.string().trim().max(120).default(""),
  kinds: facetValues(z.enum(eventKinds)),
  /** Matched case-insensitively. */
  genres: facetValues(z.string().trim().min(1).max(60)),
  /** BCP 47 codes of a show's or the event's language. */
  languages: facetValues(z.string().trim().min(2).max(35)),
  formats: facetValues(z.enum(showFormats)),
  /** Window of show start times: [from ?? now, to ?? from + 30 days). */
  from: instant.optional(),
  to: instant.optional(),
  /** Cheapest ticket of the event in the window, in the city's currency's minor units. */
  priceMinMinor: z.number().int().min(0).optional(),
  priceMaxMinor: z.number().int().min(0).optional(),
  cursor: z.string().min(1).max(200).optional(),
  limit: z.number().int().min(1).max(SEARCH_PAGE_MAX).default(SEARCH_PAGE_DEFAULT),
});
export type SearchInput = z.input<typeof searchInput>;
export type SearchQuery = z.output<typeof searchInput>;

export const searchHit = eventListItem.extend({
  /** Formats of the matching shows, for the result card. */
  formats: z.array(z.enum(showFormats)),
  /** Higher is a better match; 0 when browsing without text. */
  score: z.number(),
});
export type SearchHit = z.infer<typeof searchHit>;

export const facetCount = z.object({ value: z.string(), count: z.number().int() });
export type FacetCount = z.infer<typeof facetCount>;

/**
 * Counts over everything the text matches in the city and window, before the facet filters,
 * so choosing one genre never hides the others.
 */
export const searchFacets = z.object({
  kinds: z.array(facetCount),
  genres: z.array(facetCount),
  languages: z.array(facetCount),
  formats: z.array(facetCount),
  /** Cheapest and dearest "from" price among those events; null without priced shows. */
  price: z.object({ min: money, max: money }).nullable(),
});
export type SearchFacets = z.infer<typeof searchFacets>;

export const searchResult = z.object({
  items: z.array(searchHit),
  total: z.number().int(),
  facets: searchFacets,
  /** The query as the index understood it after fixing typos, when that differs from `q`. */
  didYouMean: z.string().nullable(),
  nextCursor: z.string().nullable(),
});
export type SearchResult = z.infer<typeof searchResult>;
