-- The search module's PostgreSQL index: full text over a weighted document per event, and
-- trigram matching over its short text for typo tolerance (pg_trgm). Queries must use these
-- exact expressions (apps/api/src/modules/search/postgres-index.ts) to hit the indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- Title, tagline, genres and people, lower-cased: what a typo is measured against.
-- IMMUTABLE is true for these inputs (text and jsonb only), which an index expression needs.
CREATE OR REPLACE FUNCTION search_event_text(title text, tagline text, genres text[], people jsonb)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT lower(concat_ws(' ', title, tagline, array_to_string(genres, ' '),
    (SELECT string_agg(person ->> 'name', ' ') FROM jsonb_array_elements(people) AS person)))
$$;
--> statement-breakpoint
-- The 'simple' configuration keeps every word in every language (titles and names are not
-- English prose); only the description is stemmed as English.
CREATE OR REPLACE FUNCTION search_event_document(title text, tagline text, genres text[], people jsonb, description text)
RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A')
      || setweight(to_tsvector('simple'::regconfig, concat_ws(' ', tagline, array_to_string(genres, ' '))), 'B')
      || setweight(to_tsvector('simple'::regconfig,
           coalesce((SELECT string_agg(concat_ws(' ', person ->> 'name', person ->> 'role'), ' ')
                     FROM jsonb_array_elements(people) AS person), '')), 'C')
      || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'D')
$$;
--> statement-breakpoint
CREATE INDEX "events_search_document_idx" ON "events"
  USING gin (search_event_document("title", "tagline", "genres", "cast", "description"));
--> statement-breakpoint
CREATE INDEX "events_search_text_trgm_idx" ON "events"
  USING gin (search_event_text("title", "tagline", "genres", "cast") gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "events_title_trgm_idx" ON "events" USING gin (lower("title") gin_trgm_ops);
