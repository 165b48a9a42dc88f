import type { ConsentChannel } from "@marquee/contracts";
import { consentChannels } from "@marquee/contracts";
import { type DbExecutor, schema } from "@marquee/db";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Context } from "../../context.ts";
import { DomainError } from "../../errors.ts";
import { accountGuardKeys, failureGuard } from "./abuse/guards.ts";
import { auditEntriesBy, recordAudit } from "./audit.ts";
import { organizationsWhere } from "./organization-access.ts";
import { verifyPassword } from "./passwords.ts";
import type { AuthUser } from "./principal.ts";
import { revokeAllSessions } from "./sessions.ts";

const s = schema;
type Signed = Context & { user: AuthUser };

/** Everything held about the caller, as one JSON document (GDPR art. 15 and 20). */
export async function exportPersonalData(ctx: Signed) {
  const userId = ctx.user.id;
  const db = ctx.db;
  const [profile] = await db
    .select({
      id: s.users.id,
      email: s.users.email,
      name: s.users.name,
      role: s.users.role,
      locale: s.users.locale,
      preferredCityId: s.users.preferredCityId,
      emailVerifiedAt: s.users.emailVerifiedAt,
      createdAt: s.users.createdAt,
      updatedAt: s.users.updatedAt,
    })
    .from(s.users)
    .where(eq(s.users.id, userId));
  if (!profile) throw new DomainError("UNAUTHENTICATED", "Sign in to continue.");
  const orders = await db
    .select({
      id: s.orders.id,
      code: s.orders.code,
      status: s.orders.status,
      channel: s.orders.channel,
      showId: s.orders.showId,
      currency: s.orders.currency,
      totalMinor: s.orders.totalMinor,
      customerEmail: s.orders.customerEmail,
      customerName: s.orders.customerName,
      createdAt: s.orders.createdAt,
      confirmedAt: s.orders.confirmedAt,
      cancelledAt: s.orders.cancelledAt,
    })
    .from(s.orders)
    .where(eq(s.orders.userId, userId))
    .orderBy(desc(s.orders.createdAt));
  const orderIds = orders.map((order) => order.id);
  const byOrders = <T>(query: (ids: string[]) => Promise<T[]>) =>
    orderIds.length ? query(orderIds) : Promise.resolve([]);
  const [
    tickets,
    payments,
    sessions,
    identities,
    mfa,
    memberships,
    cashierVenues,
    reviews,
    interactions,
    follows,
    notifications,
    consents,
    audit,
  ] = await Promise.all([
    byOrders((ids) =>
      db
        .select({
          orderId: s.tickets.orderId,
          code: s.tickets.code,
          status: s.tickets.status,
          issuedAt: s.tickets.issuedAt,
          checkedInAt: s.tickets.checkedInAt,
        })
        .from(s.tickets)
        .where(inArray(s.tickets.orderId, ids)),
    ),
    byOrders((ids) =>
      db
        .select({
          orderId: s.payments.orderId,
          gateway: s.payments.gateway,
          status: s.payments.status,
          amountMinor: s.payments.amountMinor,
          refundedMinor: s.payments.refundedMinor,
          currency: s.payments.currency,
          createdAt: s.payments.createdAt,
        })
        .from(s.payments)
        .where(inArray(s.payments.orderId, ids)),
    ),
    db
      .select({
        createdAt: s.sessions.createdAt,
        expiresAt: s.sessions.expiresAt,
        revokedAt: s.sessions.revokedAt,
        userAgent: s.sessions.userAgent,
        ip: s.sessions.ip,
      })
      .from(s.sessions)
      .where(eq(s.sessions.userId, userId)),
    db
      .select({
        provider: s.userIdentities.provider,
        createdAt: s.userIdentities.createdAt,
        lastUsedAt: s.userIdentities.lastUsedAt,
      })
      .from(s.userIdentities)
      .where(eq(s.userIdentities.userId, userId)),
    db
      .select({ enabledAt: s.mfaFactors.enabledAt })
      .from(s.mfaFactors)
      .where(eq(s.mfaFactors.userId, userId)),
    db
      .select({
        organizationId: s.memberships.organizationId,
        role: s.memberships.role,
        createdAt: s.memberships.createdAt,
      })
      .from(s.memberships)
      .where(eq(s.memberships.userId, userId)),
    db
      .select({ venueId: s.cashierVenues.venueId, createdAt: s.cashierVenues.createdAt })
      .from(s.cashierVenues)
      .where(eq(s.cashierVenues.userId, userId)),
    db
      .select({
        eventId: s.reviews.eventId,
        rating: s.reviews.rating,
        title: s.reviews.title,
        body: s.reviews.body,
        createdAt: s.reviews.createdAt,
      })
      .from(s.reviews)
      .where(eq(s.reviews.userId, userId)),
    db
      .select({
        eventId: s.interactions.eventId,
        kind: s.interactions.kind,
        createdAt: s.interactions.createdAt,
      })
      .from(s.interactions)
      .where(eq(s.interactions.userId, userId)),
    db
      .select({
        targetKind: s.follows.targetKind,
        targetId: s.follows.targetId,
        createdAt: s.follows.createdAt,
      })
      .from(s.follows)
      .where(eq(s.follows.userId, userId)),
    db
      .select({
        kind: s.notifications.kind,
        title: s.notifications.title,
        body: s.notifications.body,
        readAt: s.notifications.readAt,
        createdAt: s.notifications.createdAt,
      })
      .from(s.notifications)
      .where(eq(s.notifications.userId, userId)),
    db
      .select({
        channel: s.marketingConsents.channel,
        granted: s.marketingConsents.granted,
        at: s.marketingConsents.at,
      })
      .from(s.marketingConsents)
      .where(eq(s.marketingConsents.userId, userId))
      .orderBy(desc(s.marketingConsents.at)),
    auditEntriesBy(db, userId),
  ]);
  await recordAudit(db, ctx, { action: "user.data_exported", subjectType: "user", subjectId: userId });
  return {
    exportedAt: ctx.clock.now(),
    format: "marquee-personal-data/1" as const,
    sections: {
      profile,
      security: { twoStepVerificationSince: mfa[0]?.enabledAt ?? null, sessions, linkedAccounts: identities },
      roles: { memberships, cashierVenues },
      orders: orders.map((order) => ({
        ...order,
        tickets: tickets.filter((ticket) => ticket.orderId === order.id),
        payments: payments.filter((payment) => payment.orderId === order.id),
      })),
      reviews,
      interactions,
      follows,
      notifications,
      marketingConsents: consents,
      activity: audit,
    },
  };
}

export const ERASED_NAME = "Erased user";
export const erasedEmail = (userId: string) => `erased+${userId}@erased.invalid`;
const eraseFailures = failureGuard("erase-fail", { points: 5, seconds: 900, blockSeconds: 900 });

/**
 * Erases the caller (GDPR art. 17): personal data is removed or anonymized everywhere; orders,
 * payments and refunds stay (bookkeeping law) but no longer say who the customer was. The user
 * row stays, anonymized, so those records keep their foreign keys. Needs the password (or the
 * word ERASE for accounts without one); a sole organization owner must hand over first.
 */
export async function eraseAccount(ctx: Signed, confirmation: string) {
  const userId = ctx.user.id;
  await eraseFailures.assertOpen(ctx.redis, userId);
  const [account] = await ctx.db
    .select({ email: s.users.email, name: s.users.name, passwordHash: s.users.passwordHash })
    .from(s.users)
    .where(and(eq(s.users.id, userId), isNull(s.users.deletedAt)));
  if (!account) throw new DomainError("UNAUTHENTICATED", "Sign in to continue.");
  const confirmed = account.passwordHash
    ? await verifyPassword(account.passwordHash, confirmation)
    : confirmation === "ERASE";
  if (!confirmed) {
    await eraseFailures.fail(ctx.redis, userId);
    throw new DomainError("INVALID_CREDENTIALS", "Confirm with your password to erase your account.");
  }
  for (const organizationId of await organizationsWhere(ctx.db, userId, ["owner"])) {
    const owners = await ctx.db
      .select({ userId: s.memberships.userId })
      .from(s.memberships)
      .where(and(eq(s.memberships.organizationId, organizationId), eq(s.memberships.role, "owner")));
    if (owners.length < 2) {
      throw new DomainError("LAST_OWNER", "Make someone else an owner of your organization first.", {
        organizationId,
      });
    }
  }
  // Sessions end first: erasure deletes their rows, and with them what says which to revoke.
  await revokeAllSessions(ctx, userId);
  await ctx.db.transaction(async (tx) => {
    await erasePersonalData(tx, { id: userId, email: account.email, name: account.name }, ctx.clock.now());
    await recordAudit(
      tx,
      { ...ctx, ip: null },
      { action: "user.erased", subjectType: "user", subjectId: userId },
    );
  });
  await Promise.all(
    accountGuardKeys(ctx, account.email).map(({ guard, key }) => guard.clear(ctx.redis, key)),
  );
  return { erased: true as const };
}

/** One place that knows where personal data lives. The erasure test scans the whole database. */
async function erasePersonalData(
  tx: DbExecutor,
  person: { id: string; email: string; name: string },
  now: Date,
): Promise<void> {
  const { id } = person;
  for (const table of [
    s.sessions,
    s.mfaFactors,
    s.mfaRecoveryCodes,
    s.oneTimeTokens,
    s.userIdentities,
    s.staffPins,
    s.memberships,
    s.cashierVenues,
    s.reviews,
    s.interactions,
    s.follows,
    s.notifications,
    s.marketingConsents,
  ]) {
    await tx.delete(table).where(eq(table.userId, id));
  }
  // Orders stay for bookkeeping; who bought them does not (also guest orders under this email).
  const theirOrders = sql`(${s.orders.userId} = ${id} or ${s.orders.customerEmail} = ${person.email})`;
  const orderIds = (
    await tx
      .update(s.orders)
      .set({ customerEmail: null, customerName: null })
      .where(theirOrders)
      .returning({ id: s.orders.id })
  ).map((order) => order.id);
  // Documents (tickets, receipts) carry the customer's name; they are regenerated on demand.
  if (orderIds.length) await tx.delete(s.orderDocuments).where(inArray(s.orderDocuments.orderId, orderIds));
  await tx
    .update(s.mailLog)
    .set({ toAddress: erasedEmail(id) })
    .where(sql`${s.mailLog.userId} = ${id} or ${s.mailLog.toAddress} = ${person.email}`);
  await tx.update(s.auditLog).set({ ip: null }).where(eq(s.auditLog.actorUserId, id));
  // Events already published may quote the customer; scrub the email and the exact name.
  await tx.execute(sql`
    update outbox
       set payload = replace(replace(payload::text, ${person.email}, ${erasedEmail(id)}), ${JSON.stringify(person.name)}, ${JSON.stringify(ERASED_NAME)})::jsonb
     where payload::text like ${`%${person.email}%`} or payload::text like ${`%${JSON.stringify(person.name)}%`}`);
  await tx
    .update(s.users)
    .set({
      email: erasedEmail(id),
      name: ERASED_NAME,
      passwordHash: null,
      role: "buyer",
      locale: "en",
      preferredCityId: null,
      emailVerifiedAt: null,
      disabledAt: null,
      deletedAt: now,
    })
    .where(eq(s.users.id, id));
}

// marketing consent: an append-only history, the newest row per channel is the current choice

export async function currentConsents(ctx: Signed) {
  const rows = await ctx.db
    .selectDistinctOn([s.marketingConsents.channel], {
      channel: s.marketingConsents.channel,
      granted: s.marketingConsents.granted,
      at: s.marketingConsents.at,
    })
    .from(s.marketingConsents)
    .where(eq(s.marketingConsents.userId, ctx.user.id))
    .orderBy(s.marketingConsents.channel, desc(s.marketingConsents.at));
  return consentChannels.map((channel) => {
    const row = rows.find((r) => r.channel === channel);
    return { channel, granted: row?.granted ?? false, at: row?.at ?? null };
  });
}

export async function setConsent(ctx: Signed, input: { channel: ConsentChannel; granted: boolean }) {
  await ctx.db.insert(s.marketingConsents).values({
    userId: ctx.user.id,
    channel: input.channel,
    granted: input.granted,
    at: ctx.clock.now(),
  });
  // The audit entry keeps when and from where consent was given or withdrawn.
  await recordAudit(ctx.db, ctx, {
    action: input.granted ? "consent.granted" : "consent.withdrawn",
    subjectType: "user",
    subjectId: ctx.user.id,
    data: { channel: input.channel },
  });
  return currentConsents(ctx);
}
