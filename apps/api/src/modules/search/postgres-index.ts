import type { FacetCount, SearchHit, SearchQuery, SearchResult, ShowFormat } from "@marquee/contracts";
import type { Database } from "@marquee/db";
import { sql } from "drizzle-orm";
import { DomainError } from "../../errors.ts";
import {
  decodeOffsetCursor,
  encodeOffsetCursor,
  normalisedQuery,
  prefixTsQuery,
  queryTerms,
} from "./query-text.ts";
import type { SearchIndex } from "./search-index.ts";

const DAY_MS = 86_400_000;
const DEFAULT_WINDOW_MS = 30 * DAY_MS;
/** How close a typo must come to a stretch of an event's text (pg_trgm word similarity, 0–1). */
const TYPO_THRESHOLD = 0.45;
/** A title this close to the query is offered as "did you mean" when no word matched exactly. */
const SUGGEST_THRESHOLD = 0.5;

/*
 * The expressions below must match the indexes of migration 0003_search exactly, or PostgreSQL
 * cannot use them.
 */
const documentOf = sql.raw(`search_event_document(e.title, e.tagline, e.genres, e."cast", e.description)`);
const textOf = sql.raw(`search_event_text(e.title, e.tagline, e.genres, e."cast")`);

type Row = {
  items: RawHit[] | null;
  total: number;
  kinds: FacetCount[] | null;
  genres: FacetCount[] | null;
  languages: FacetCount[] | null;
  formats: FacetCount[] | null;
  price_min: number | null;
  price_max: number | null;
  price_currency: string | null;
  exact_matches: number;
  best_title: string | null;
  best_title_similarity: number | null;
};

type RawHit = Omit<SearchHit, "nextShowAt" | "priceFrom"> & {
  nextShowAt: string;
  priceFromMinor: number | null;
  currency: string | null;
};

/** Full text (weighted title > tagline, genres > people > description) plus trigram typo tolerance. */
export function createPostgresSearchIndex(db: Database): SearchIndex {
  return {
    engine: "postgres",
    async searchEvents(query, now) {
      const offset = query.cursor === undefined ? 0 : decodeOffsetCursor(query.cursor);
      if (offset === null)
        throw new DomainError("VALIDATION_FAILED", "This page link is no longer valid.", { field: "cursor" });
      const from = query.from && query.from > now ? query.from : now;
      const to = query.to ?? new Date(from.getTime() + DEFAULT_WINDOW_MS);
      const text = normalisedQuery(query.q);
      const tsQuery = prefixTsQuery(query.q);

      const row = await db.transaction(async (tx) => {
        // Scoped to this transaction: how forgiving `<%` is of typos.
        await tx.execute(
          sql`select set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_THRESHOLD)}, true)`,
        );
        const result = await tx.execute<Row>(searchStatement(query, { from, to, text, tsQuery, offset }));
        return result[0];
      });
      if (!row) throw new Error("search statement returned no row");
      return toResult(row, query, offset);
    },
  };
}

function searchStatement(
  query: SearchQuery,
  p: { from: Date; to: Date; text: string; tsQuery: string | null; offset: number },
) {
  const hasText = p.text !== "" && p.tsQuery !== null;
  const tsq = sql`to_tsquery('simple', ${p.tsQuery ?? ""})`;
  const score = hasText
    ? sql`ts_rank_cd(${documentOf}, ${tsq}) * 4 + word_similarity(${p.text}, ${textOf}) + similarity(${p.text}, lower(e.title)) * 2`
    : sql`0`;
  // Every word must come close to some word of the event (each `<%` can use the trigram index).
  const everyWordClose = sql.join(
    queryTerms(p.text).map((term) => sql`${term} <% ${textOf}`),
    sql` and `,
  );
  const textMatch = hasText ? sql`(${documentOf} @@ ${tsq} or (${everyWordClose}))` : sql`true`;
  const exact = hasText ? sql`${documentOf} @@ ${tsq}` : sql`true`;
  const lower = (values: readonly string[] | undefined) =>
    values && values.length > 0 ? values.map((value) => value.toLowerCase()) : null;
  const kinds = query.kinds && query.kinds.length > 0 ? query.kinds : null;
  const genres = lower(query.genres);
  const languages = lower(query.languages);
  const formats = query.formats && query.formats.length > 0 ? query.formats : null;
  const textArray = (values: readonly string[] | null) =>
    values === null ? sql`null::text[]` : sql`${sql.param([...values])}::text[]`;

  return sql`
    with matched as (
      select e.id, ${score} as score, ${exact} as exact
      from events e
      where e.status = 'published' and ${textMatch}
    ),
    window_shows as (
      select s.id, s.event_id, s.starts_at, s.format::text as format, lower(s.language) as language, s.currency,
        (select min((t.price_minor * t.multiplier_bps + 5000) / 10000) from price_tiers t where t.show_id = s.id)
          as price_minor
      from shows s
      join venues v on v.id = s.venue_id
      where v.city_id = ${query.cityId}
        and s.status in ('scheduled', 'on_sale')
        and s.starts_at >= ${p.from.toISOString()}::timestamptz and s.starts_at < ${p.to.toISOString()}::timestamptz
        and s.event_id in (select id from matched)
    ),
    -- Per event over every show in the window: the base the facets count.
    facet_base as (
      select m.id, m.exact, e.kind::text as kind, e.genres,
        array(select distinct x from unnest(array_cat(array(select lower(l) from unnest(e.languages) l),
          array_agg(ws.language) filter (where ws.language is not null))) x) as languages,
        array_agg(distinct ws.format) as formats,
        min(ws.price_minor) as price_from, (array_agg(ws.currency))[1] as currency
      from matched m
      join events e on e.id = m.id
      join window_shows ws on ws.event_id = m.id
      group by m.id, m.exact, e.id
    ),
    -- Per event over the shows that pass the show filters, for the results themselves.
    filtered_shows as (
      select ws.* from window_shows ws
      join events e on e.id = ws.event_id
      where (${textArray(formats)} is null or ws.format = any(${textArray(formats)}))
        and (${textArray(languages)} is null or ws.language = any(${textArray(languages)})
          or exists (select 1 from unnest(e.languages) l where lower(l) = any(${textArray(languages)})))
    ),
    results as (
      select e.id, e.slug, e.title, e.kind::text as kind, e.tagline, e.genres, e.languages,
        e.duration_minutes, e.certification, e.poster_url, m.score,
        min(fs.starts_at) as next_show_at, count(*)::int as show_count,
        min(fs.price_minor) as price_from, (array_agg(fs.currency))[1] as currency,
        array_agg(distinct fs.format) as formats
      from matched m
      join events e on e.id = m.id
      join filtered_shows fs on fs.event_id = m.id
      where (${textArray(kinds)} is null or e.kind::text = any(${textArray(kinds)}))
        and (${textArray(genres)} is null
          or exists (select 1 from unnest(e.genres) g where lower(g) = any(${textArray(genres)})))
      group by e.id, m.score
      having (${query.priceMinMinor ?? null}::bigint is null or min(fs.price_minor) >= ${query.priceMinMinor ?? null}::bigint)
        and (${query.priceMaxMinor ?? null}::bigint is null or min(fs.price_minor) <= ${query.priceMaxMinor ?? null}::bigint)
    ),
    page as (
      select * from results order by score desc, next_show_at, id limit ${query.limit + 1} offset ${p.offset}
    )
    select
      (select jsonb_agg(jsonb_build_object(
          'id', id, 'slug', slug, 'title', title, 'kind', kind, 'tagline', tagline, 'genres', genres,
          'languages', languages, 'durationMinutes', duration_minutes, 'certification', certification,
          'posterUrl', poster_url, 'nextShowAt', next_show_at, 'showCount', show_count,
          'priceFromMinor', price_from, 'currency', currency, 'formats', formats, 'score', round(score::numeric, 4)
        ) order by score desc, next_show_at, id) from page) as items,
      (select count(*)::int from results) as total,
      (select jsonb_agg(jsonb_build_object('value', value, 'count', n) order by n desc, value)
        from (select kind as value, count(*)::int as n from facet_base group by kind) k) as kinds,
      (select jsonb_agg(jsonb_build_object('value', value, 'count', n) order by n desc, value)
        from (select g as value, count(*)::int as n from facet_base, unnest(genres) g group by g
              order by n desc, g limit 24) gs) as genres,
      (select jsonb_agg(jsonb_build_object('value', value, 'count', n) order by n desc, value)
        from (select l as value, count(*)::int as n from facet_base, unnest(languages) l group by l) ls) as languages,
      (select jsonb_agg(jsonb_build_object('value', value, 'count', n) order by n desc, value)
        from (select fm as value, count(*)::int as n from facet_base, unnest(formats) fm group by fm) fs) as formats,
      (select min(price_from)::int from facet_base) as price_min,
      (select max(price_from)::int from facet_base) as price_max,
      (select min(currency) from facet_base) as price_currency,
      (select count(*)::int from facet_base where exact) as exact_matches,
      (select e.title from matched m join events e on e.id = m.id
        where m.id in (select id from facet_base) order by similarity(${p.text}, lower(e.title)) desc limit 1) as best_title,
      (select max(similarity(${p.text}, lower(e.title))) from matched m join events e on e.id = m.id
        where m.id in (select id from facet_base)) as best_title_similarity
  `;
}

function toResult(row: Row, query: SearchQuery, offset: number): SearchResult {
  const raw = row.items ?? [];
  const hits = raw.slice(0, query.limit).map(
    ({ priceFromMinor, currency, nextShowAt, ...hit }): SearchHit => ({
      ...hit,
      formats: hit.formats as ShowFormat[],
      nextShowAt: new Date(nextShowAt),
      priceFrom:
        priceFromMinor === null || currency === null ? null : { amountMinor: priceFromMinor, currency },
      score: Number(hit.score),
    }),
  );
  const currency = row.price_currency;
  const typed = normalisedQuery(query.q);
  const suggest =
    typed !== "" &&
    row.exact_matches === 0 &&
    row.best_title !== null &&
    (row.best_title_similarity ?? 0) >= SUGGEST_THRESHOLD &&
    row.best_title.toLowerCase() !== typed;
  return {
    items: hits,
    total: row.total,
    facets: {
      kinds: row.kinds ?? [],
      genres: row.genres ?? [],
      languages: row.languages ?? [],
      formats: row.formats ?? [],
      price:
        row.price_min === null || row.price_max === null || currency === null
          ? null
          : {
              min: { amountMinor: row.price_min, currency },
              max: { amountMinor: row.price_max, currency },
            },
    },
    didYouMean: suggest ? row.best_title : null,
    nextCursor: raw.length > query.limit ? encodeOffsetCursor(offset + query.limit) : null,
  };
}
