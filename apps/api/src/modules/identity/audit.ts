import { type DbExecutor, schema } from "@marquee/db";
import { and, desc, eq, inArray, lt, or, type SQL } from "drizzle-orm";
import type { Context } from "../../context.ts";
import { DomainError } from "../../errors.ts";
import { organizationsWhere } from "./organization-access.ts";

const { auditLog } = schema;

export interface AuditEntry {
  /** e.g. "user.role_changed", "terminal.paired", "order.refunded", "promo.updated". */
  action: string;
  subjectType: string;
  subjectId?: string | null;
  organizationId?: string | null;
  /** Ids and amounts, not names or emails: the log outlives erasure of the people in it. */
  data?: Record<string, unknown>;
}

/**
 * Records a sensitive action with who did it (user and/or terminal) and from where. Pass the
 * transaction that makes the change so the entry commits, or not, with it. Other modules
 * (refunds, prices, promo codes) call this too.
 */
export type AuditActor = Pick<Context, "user" | "device" | "ip">;

export async function recordAudit(db: DbExecutor, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorUserId: actor.user?.id ?? null,
    actorTerminalId: actor.device?.terminalId ?? null,
    organizationId: entry.organizationId ?? null,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId ?? null,
    data: entry.data ?? {},
    ip: actor.ip,
  });
}

/**
 * Admins read the whole log (or one organization's); organization owners read their
 * organizations' entries. Newest first, paged by the id of the last entry (UUIDv7: time order).
 */
export async function listAudit(
  ctx: Pick<Context, "db"> & { user: { id: string; role: string } },
  input: { organizationId?: string | undefined; cursor?: string | undefined; limit: number },
) {
  const filters: SQL[] = [];
  if (ctx.user.role === "admin") {
    if (input.organizationId) filters.push(eq(auditLog.organizationId, input.organizationId));
  } else {
    const owned = await organizationsWhere(ctx.db, ctx.user.id, ["owner"]);
    const visible = input.organizationId ? owned.filter((id) => id === input.organizationId) : owned;
    if (visible.length === 0)
      throw new DomainError("FORBIDDEN", "Only organization owners and admins see the audit log.");
    filters.push(inArray(auditLog.organizationId, visible));
  }
  if (input.cursor) {
    if (!/^[0-9a-f-]{36}$/i.test(input.cursor)) throw new DomainError("VALIDATION_FAILED", "Invalid cursor.");
    filters.push(lt(auditLog.id, input.cursor));
  }
  const rows = await ctx.db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
      organizationId: auditLog.organizationId,
      actorUserId: auditLog.actorUserId,
      actorTerminalId: auditLog.actorTerminalId,
      data: auditLog.data,
    })
    .from(auditLog)
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}

/** Entries the user made, for their data export. */
export function auditEntriesBy(db: DbExecutor, userId: string) {
  return db
    .select({ at: auditLog.at, action: auditLog.action, subjectType: auditLog.subjectType, ip: auditLog.ip })
    .from(auditLog)
    .where(
      or(
        eq(auditLog.actorUserId, userId),
        and(eq(auditLog.subjectType, "user"), eq(auditLog.subjectId, userId)),
      ),
    )
    .orderBy(desc(auditLog.at));
}
