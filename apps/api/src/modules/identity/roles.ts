import type { MemberRole, UserRole } from "@marquee/contracts";
import { schema } from "@marquee/db";
import { and, asc, eq, ilike, ne, or } from "drizzle-orm";
import type { Context } from "../../context.ts";
import { DomainError } from "../../errors.ts";
import { recordAudit } from "./audit.ts";
import { assertOrganizationRole, assertVenueRole, memberRoleIn } from "./organization-access.ts";
import type { AuthUser } from "./principal.ts";
import { revokeAllSessions } from "./sessions.ts";

const { memberships, organizations, users, cashierVenues } = schema;

/*
 * Role changes. Each is audited, and each that widens or narrows what someone may do signs
 * them out everywhere: their next sign-in carries the new role (and asks for two-step
 * verification if the new role requires it).
 */

type Signed = Context & { user: AuthUser };

export function myMemberships(ctx: Signed) {
  return ctx.db
    .select({
      organizationId: memberships.organizationId,
      organizationName: organizations.name,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, ctx.user.id))
    .orderBy(asc(organizations.name));
}

export async function listMembers(ctx: Signed, organizationId: string) {
  await assertOrganizationRole(ctx.db, ctx.user, organizationId, ["owner", "manager"]);
  return ctx.db
    .select({ userId: users.id, email: users.email, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, organizationId))
    .orderBy(asc(users.email));
}

async function userIdByEmail(ctx: Pick<Context, "db">, email: string): Promise<string> {
  const [user] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  if (!user)
    throw new DomainError("USER_NOT_FOUND", "No account with that email. Ask them to sign up first.");
  return user.id;
}

async function assertAnotherOwnerRemains(ctx: Pick<Context, "db">, organizationId: string, userId: string) {
  const others = await ctx.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.organizationId, organizationId),
        eq(memberships.role, "owner"),
        ne(memberships.userId, userId),
      ),
    )
    .limit(1);
  if (others.length === 0) throw new DomainError("LAST_OWNER", "An organization needs at least one owner.");
}

/** Owners add members or change their role. Members get the organizer platform role. */
export async function setMember(
  ctx: Signed,
  input: { organizationId: string; email: string; role: MemberRole },
) {
  await assertOrganizationRole(ctx.db, ctx.user, input.organizationId, ["owner"]);
  const userId = await userIdByEmail(ctx, input.email);
  const current = await memberRoleIn(ctx.db, userId, input.organizationId);
  if (current === "owner" && input.role !== "owner")
    await assertAnotherOwnerRemains(ctx, input.organizationId, userId);
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(memberships)
      .values({ organizationId: input.organizationId, userId, role: input.role })
      .onConflictDoUpdate({
        target: [memberships.organizationId, memberships.userId],
        set: { role: input.role },
      });
    await tx
      .update(users)
      .set({ role: "organizer" })
      .where(and(eq(users.id, userId), eq(users.role, "buyer")));
    await recordAudit(tx, ctx, {
      action: "membership.set",
      subjectType: "user",
      subjectId: userId,
      organizationId: input.organizationId,
      data: { role: input.role },
    });
  });
  await revokeAllSessions(ctx, userId);
  return { userId, role: input.role };
}

export async function removeMember(ctx: Signed, input: { organizationId: string; userId: string }) {
  await assertOrganizationRole(ctx.db, ctx.user, input.organizationId, ["owner"]);
  await assertAnotherOwnerRemains(ctx, input.organizationId, input.userId);
  const removed = await ctx.db
    .delete(memberships)
    .where(and(eq(memberships.organizationId, input.organizationId), eq(memberships.userId, input.userId)))
    .returning({ userId: memberships.userId });
  if (removed.length === 0) throw new DomainError("NOT_FOUND", "That person is not a member.");
  await recordAudit(ctx.db, ctx, {
    action: "membership.removed",
    subjectType: "user",
    subjectId: input.userId,
    organizationId: input.organizationId,
  });
  await revokeAllSessions(ctx, input.userId);
  return { removed: true as const };
}

/** Owners and managers decide which cashiers sell at their venues. */
export async function assignCashier(
  ctx: Signed,
  input: { venueId: string; email: string; assigned: boolean },
) {
  const organizationId = await assertVenueRole(ctx.db, ctx.user, input.venueId, ["owner", "manager"]);
  const userId = await userIdByEmail(ctx, input.email);
  const [target] = await ctx.db.select({ role: users.role }).from(users).where(eq(users.id, userId));
  if (target?.role !== "cashier")
    throw new DomainError("FORBIDDEN", "Only cashier accounts can be assigned to a box office.");
  if (input.assigned) {
    await ctx.db.insert(cashierVenues).values({ userId, venueId: input.venueId }).onConflictDoNothing();
  } else {
    await ctx.db
      .delete(cashierVenues)
      .where(and(eq(cashierVenues.userId, userId), eq(cashierVenues.venueId, input.venueId)));
    await revokeAllSessions(ctx, userId);
  }
  await recordAudit(ctx.db, ctx, {
    action: input.assigned ? "cashier.assigned" : "cashier.unassigned",
    subjectType: "user",
    subjectId: userId,
    organizationId,
    data: { venueId: input.venueId },
  });
  return { userId, assigned: input.assigned };
}

// platform administration

export function searchUsers(ctx: Signed, query: string) {
  const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return ctx.db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabledAt: users.disabledAt,
      deletedAt: users.deletedAt,
      createdAt: users.createdAt,
      emailVerifiedAt: users.emailVerifiedAt,
    })
    .from(users)
    .where(query ? or(ilike(users.email, pattern), ilike(users.name, pattern)) : undefined)
    .orderBy(asc(users.email))
    .limit(50)
    .then((rows) =>
      rows.map(({ disabledAt, deletedAt, emailVerifiedAt, ...user }) => ({
        ...user,
        emailVerified: emailVerifiedAt !== null,
        disabled: disabledAt !== null,
        deleted: deletedAt !== null,
      })),
    );
}

export async function setPlatformRole(ctx: Signed, input: { userId: string; role: UserRole }) {
  if (input.userId === ctx.user.id)
    throw new DomainError("FORBIDDEN", "Ask another admin to change your own role.");
  const [changed] = await ctx.db
    .update(users)
    .set({ role: input.role })
    .where(eq(users.id, input.userId))
    .returning({ id: users.id });
  if (!changed) throw new DomainError("USER_NOT_FOUND", "No such user.");
  await recordAudit(ctx.db, ctx, {
    action: "user.role_changed",
    subjectType: "user",
    subjectId: input.userId,
    data: { role: input.role },
  });
  await revokeAllSessions(ctx, input.userId);
  return { userId: input.userId, role: input.role };
}

/** Disabling signs the user out everywhere; they cannot sign in until enabled again. */
export async function setDisabled(ctx: Signed, input: { userId: string; disabled: boolean }) {
  if (input.userId === ctx.user.id) throw new DomainError("FORBIDDEN", "You cannot disable yourself.");
  const [changed] = await ctx.db
    .update(users)
    .set({ disabledAt: input.disabled ? ctx.clock.now() : null })
    .where(eq(users.id, input.userId))
    .returning({ id: users.id });
  if (!changed) throw new DomainError("USER_NOT_FOUND", "No such user.");
  if (input.disabled) await revokeAllSessions(ctx, input.userId);
  await recordAudit(ctx.db, ctx, {
    action: input.disabled ? "user.disabled" : "user.enabled",
    subjectType: "user",
    subjectId: input.userId,
  });
  return { userId: input.userId, disabled: input.disabled };
}
