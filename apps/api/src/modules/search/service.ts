import type { Database } from "@marquee/db";
import { createPostgresSearchIndex } from "./postgres-index.ts";
import type { SearchIndex } from "./search-index.ts";

export type { SearchIndex } from "./search-index.ts";

/**
 * The index this process searches. PostgreSQL needs nothing beyond the database; an
 * Elasticsearch adapter slots in here (chosen by configuration) behind the same interface.
 */
export function searchIndexFor(services: { db: Database }): SearchIndex {
  return createPostgresSearchIndex(services.db);
}
