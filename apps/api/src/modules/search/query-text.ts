/** Turning what someone typed into what the index understands. Pure, so it is unit-tested. */

const MAX_TERMS = 8;

/** Lower-cased words of the query: letters and digits in any script, nothing else. */
export function queryTerms(text: string): string[] {
  const words = text.toLocaleLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return words.slice(0, MAX_TERMS);
}

/**
 * A tsquery where every word may be a prefix ("orbit gla" finds "Orbit of Glass" while it is
 * still being typed). Null when nothing searchable is left. The words are letters and digits
 * only, so nothing the user typed can change the query's syntax.
 */
export function prefixTsQuery(text: string): string | null {
  const terms = queryTerms(text);
  return terms.length === 0 ? null : terms.map((term) => `${term}:*`).join(" & ");
}

/** The query as one normalised string for trigram matching. */
export function normalisedQuery(text: string): string {
  return queryTerms(text).join(" ");
}

/** Ranked results page by offset; the cursor is opaque to clients. */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, "utf8").toString("base64url");
}

export function decodeOffsetCursor(cursor: string): number | null {
  const match = /^o:(\d{1,6})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  return match?.[1] === undefined ? null : Number(match[1]);
}
