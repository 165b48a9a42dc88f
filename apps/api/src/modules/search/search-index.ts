import type { SearchQuery, SearchResult } from "@marquee/contracts";

/**
 * The one interface the search module serves from. PostgreSQL (full text + pg_trgm) is the
 * default; an Elasticsearch adapter implements the same interface and is picked when configured.
 */
export interface SearchIndex {
  readonly engine: "postgres" | "elasticsearch";
  /** Bookable events of one city matching free text and facet filters, best match first. */
  searchEvents(query: SearchQuery, now: Date): Promise<SearchResult>;
}
