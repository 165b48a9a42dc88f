import { type Database, schema, type Tx } from "@marquee/db";
import { and, eq } from "drizzle-orm";
import { DomainError } from "../../errors.ts";
import { recordOutboxEvents } from "../../outbox.ts";
import { type AuditActor, recordAudit } from "../identity/audit.ts";
import type { AuthUser } from "../identity/principal.ts";
import { endHold } from "../inventory/holds.ts";

const { shows, events, memberships, holds } = schema;

const finished = new Set(["cancelled", "completed"]);

/** Organizers change their own organization's shows (owner or manager); admins any. */
/** Who changes a show: a signed-in organizer or admin, and from where (for the audit log). */
type ShowEditor = AuditActor & { user: AuthUser };

async function lockManagedShow(tx: Tx, actor: AuthUser, showId: string) {
  const [show] = await tx
    .select({
      id: shows.id,
      status: shows.status,
      startsAt: shows.startsAt,
      endsAt: shows.endsAt,
      organizationId: events.organizationId,
    })
    .from(shows)
    .innerJoin(events, eq(events.id, shows.eventId))
    .where(eq(shows.id, showId))
    .for("update", { of: shows });
  if (!show) throw new DomainError("SHOW_NOT_FOUND", "This show does not exist.");
  if (actor.role !== "admin") {
    const [member] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.userId, actor.id), eq(memberships.organizationId, show.organizationId)));
    if (!member || member.role === "checkin")
      throw new DomainError("FORBIDDEN", "You may not change this show.");
  }
  return show;
}

/**
 * Cancels a show: sales stop, live holds end, and (through the outbox) every ticket holder is
 * refunded in full and told. Cancelling a cancelled show changes nothing.
 */
export async function cancelShow(
  deps: { db: Database; now: Date },
  by: ShowEditor,
  input: { showId: string; reason?: string | undefined },
) {
  const actor = by.user;
  return deps.db.transaction(async (tx) => {
    const show = await lockManagedShow(tx, actor, input.showId);
    if (show.status === "cancelled")
      return { showId: show.id, status: show.status, startsAt: show.startsAt, changed: false };
    if (finished.has(show.status))
      throw new DomainError("VALIDATION_FAILED", "A show that has finished cannot be cancelled.");
    await tx.update(shows).set({ status: "cancelled", updatedAt: deps.now }).where(eq(shows.id, show.id));
    const live = await tx
      .select({ id: holds.id, showId: holds.showId })
      .from(holds)
      .where(and(eq(holds.showId, show.id), eq(holds.status, "active")))
      .for("update");
    for (const hold of live) await endHold(tx, hold, "released", deps.now);
    await recordAudit(tx, by, {
      action: "show.cancelled",
      subjectType: "show",
      subjectId: show.id,
      organizationId: show.organizationId,
      data: input.reason ? { reason: input.reason } : {},
    });
    await recordOutboxEvents(tx, [
      {
        aggregateType: "show",
        aggregateId: show.id,
        type: "show.cancelled",
        payload: { showId: show.id, ...(input.reason ? { reason: input.reason } : {}), by: actor.id },
      },
    ]);
    return { showId: show.id, status: "cancelled", startsAt: show.startsAt, changed: true };
  });
}

/** Moves a show to a new start (its length kept); tickets stay valid and holders are told. */
export async function rescheduleShow(
  deps: { db: Database; now: Date },
  by: ShowEditor,
  input: { showId: string; startsAt: Date },
) {
  const actor = by.user;
  return deps.db.transaction(async (tx) => {
    const show = await lockManagedShow(tx, actor, input.showId);
    if (finished.has(show.status))
      throw new DomainError("VALIDATION_FAILED", "A cancelled or finished show cannot be moved.");
    if (input.startsAt <= deps.now)
      throw new DomainError("VALIDATION_FAILED", "The new start must be in the future.");
    if (input.startsAt.getTime() === show.startsAt.getTime())
      return { showId: show.id, status: show.status, startsAt: show.startsAt, changed: false };
    const endsAt = new Date(input.startsAt.getTime() + (show.endsAt.getTime() - show.startsAt.getTime()));
    await tx
      .update(shows)
      .set({ startsAt: input.startsAt, endsAt, updatedAt: deps.now })
      .where(eq(shows.id, show.id));
    await recordAudit(tx, by, {
      action: "show.rescheduled",
      subjectType: "show",
      subjectId: show.id,
      organizationId: show.organizationId,
      data: { previousStartsAt: show.startsAt.toISOString(), startsAt: input.startsAt.toISOString() },
    });
    await recordOutboxEvents(tx, [
      {
        aggregateType: "show",
        aggregateId: show.id,
        type: "show.rescheduled",
        payload: {
          showId: show.id,
          previousStartsAt: show.startsAt.toISOString(),
          startsAt: input.startsAt.toISOString(),
          by: actor.id,
        },
      },
    ]);
    return { showId: show.id, status: show.status, startsAt: input.startsAt, changed: true };
  });
}
