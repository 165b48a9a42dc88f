import type { ReconciliationFinding } from "@marquee/contracts";
import { type Database, type DbExecutor, schema } from "@marquee/db";
import { and, desc, eq, lt, sql } from "drizzle-orm";

const { reconciliationFindings } = schema;

export type NewFinding = Omit<ReconciliationFinding, "id">;

export async function recordFinding(db: DbExecutor, finding: NewFinding): Promise<ReconciliationFinding> {
  const [row] = await db.insert(reconciliationFindings).values(finding).returning();
  if (!row) throw new Error("finding insert returned nothing");
  return row;
}

/** Records a mismatch unless the same one (gateway, kind, reference) is already on file. */
export async function recordFindingOnce(
  db: DbExecutor,
  finding: NewFinding,
): Promise<ReconciliationFinding | null> {
  const [known] = await db
    .select({ id: reconciliationFindings.id })
    .from(reconciliationFindings)
    .where(
      and(
        eq(reconciliationFindings.gateway, finding.gateway),
        eq(reconciliationFindings.kind, finding.kind),
        finding.gatewayRef === null
          ? sql`${reconciliationFindings.gatewayRef} is null`
          : eq(reconciliationFindings.gatewayRef, finding.gatewayRef),
      ),
    )
    .limit(1);
  return known ? null : recordFinding(db, finding);
}

/** Newest first, for the admin view. */
export async function listFindings(
  db: Database,
  input: { before?: Date | undefined; limit: number },
): Promise<ReconciliationFinding[]> {
  return db
    .select()
    .from(reconciliationFindings)
    .where(input.before ? lt(reconciliationFindings.runAt, input.before) : undefined)
    .orderBy(desc(reconciliationFindings.runAt), desc(reconciliationFindings.id))
    .limit(input.limit);
}
