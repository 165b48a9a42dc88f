/** What PostgreSQL said about a failed statement, however deep the driver and ORM wrapped it. */
export interface PgError {
  code: string;
  detail?: string;
  constraint_name?: string;
}

export function pgErrorOf(error: unknown): PgError | null {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return e as PgError;
  }
  return null;
}

/** A unique violation, of one constraint when named. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pg = pgErrorOf(error);
  return pg?.code === "23505" && (constraint === undefined || pg.constraint_name === constraint);
}
