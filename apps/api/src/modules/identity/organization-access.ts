import type { MemberRole } from "@marquee/contracts";
import { type DbExecutor, schema } from "@marquee/db";
import { and, eq, inArray } from "drizzle-orm";
import { DomainError } from "../../errors.ts";

const { memberships, organizations, venues } = schema;

/*
 * Organization-scoped authorization: the second layer after a procedure's access gate. Admins
 * pass everywhere; members pass in their own organizations with one of the roles asked for;
 * everyone else is told they have no access (the organization's existence is not secret).
 */

export async function organizationsWhere(
  db: DbExecutor,
  userId: string,
  roles: readonly MemberRole[],
): Promise<string[]> {
  const rows = await db
    .select({ organizationId: memberships.organizationId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), inArray(memberships.role, [...roles])));
  return rows.map((row) => row.organizationId);
}

export async function memberRoleIn(
  db: DbExecutor,
  userId: string,
  organizationId: string,
): Promise<MemberRole | null> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.organizationId, organizationId)));
  return row?.role ?? null;
}

export async function assertOrganizationRole(
  db: DbExecutor,
  user: { id: string; role: string },
  organizationId: string,
  roles: readonly MemberRole[],
): Promise<void> {
  if (user.role === "admin") {
    const [organization] = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.id, organizationId));
    if (!organization) throw new DomainError("NOT_FOUND", "No such organization.");
    return;
  }
  const role = await memberRoleIn(db, user.id, organizationId);
  if (role && roles.includes(role)) return;
  throw new DomainError("FORBIDDEN", "You do not have access to this organization.");
}

/** The venue's organization, if the user holds one of `roles` there (admins: any venue). */
export async function assertVenueRole(
  db: DbExecutor,
  user: { id: string; role: string },
  venueId: string,
  roles: readonly MemberRole[],
): Promise<string> {
  const [venue] = await db
    .select({ organizationId: venues.organizationId })
    .from(venues)
    .where(eq(venues.id, venueId));
  if (!venue) throw new DomainError("NOT_FOUND", "No such venue.");
  await assertOrganizationRole(db, user, venue.organizationId, roles);
  return venue.organizationId;
}

/** Admins and organization owners must use two-step verification. */
export async function mfaRequiredFor(db: DbExecutor, user: { id: string; role: string }): Promise<boolean> {
  if (user.role === "admin") return true;
  return (await organizationsWhere(db, user.id, ["owner"])).length > 0;
}
