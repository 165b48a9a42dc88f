import { schema, type Tx } from "@marquee/db";
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { DomainError } from "../../errors.ts";
import type { PromoTerms } from "./price.ts";

const { promoCodes, promoRedemptions, orders } = schema;

export interface ValidPromo extends PromoTerms {
  id: string;
  description: string;
}

/** Orders that count as a use of a promo: those not yet failed, expired or abandoned. */
const usingStatuses = [
  "pending_payment",
  "confirmed",
  "partially_refunded",
  "refunded",
  "cancelled",
] as const;

export async function findValidPromo(
  tx: Tx,
  input: {
    code: string;
    organizationId: string;
    eventId: string;
    currency: string;
    userId: string | null;
    now: Date;
  },
): Promise<ValidPromo> {
  const [promo] = await tx
    .select()
    .from(promoCodes)
    .where(and(eq(promoCodes.organizationId, input.organizationId), eq(promoCodes.code, input.code)));
  const invalid = (why: string) => new DomainError("PROMO_INVALID", why, { code: input.code });
  if (!promo?.active) throw invalid("This promo code is not valid.");
  if (
    (promo.validFrom && promo.validFrom > input.now) ||
    (promo.validUntil && promo.validUntil <= input.now)
  ) {
    throw invalid("This promo code is not valid right now.");
  }
  if (promo.eventIds && !promo.eventIds.includes(input.eventId))
    throw invalid("This promo code does not apply to this event.");
  if (promo.kind === "fixed" && promo.currency !== input.currency)
    throw invalid("This promo code does not apply to this currency.");
  if (promo.maxUses !== null && promo.usedCount >= promo.maxUses) {
    throw new DomainError("PROMO_EXHAUSTED", "This promo code has been fully used.");
  }
  const description =
    promo.kind === "percent"
      ? `${(promo.percentBps ?? 0) / 100}% off`
      : `${promo.amountMinor ?? 0} ${promo.currency} off`;
  return {
    id: promo.id,
    code: promo.code,
    kind: promo.kind,
    percentBps: promo.percentBps,
    amountMinor: promo.amountMinor,
    description,
  };
}

/** Takes one use of the promo for an order; concurrent checkouts can never exceed the limits. */
export async function reservePromo(
  tx: Tx,
  promo: ValidPromo,
  orderId: string,
  userId: string | null,
): Promise<void> {
  const [limits] = await tx
    .update(promoCodes)
    .set({ usedCount: sql`${promoCodes.usedCount} + 1` })
    .where(
      and(
        eq(promoCodes.id, promo.id),
        or(isNull(promoCodes.maxUses), sql`${promoCodes.usedCount} < ${promoCodes.maxUses}`),
      ),
    )
    .returning({ maxUsesPerUser: promoCodes.maxUsesPerUser });
  if (!limits) throw new DomainError("PROMO_EXHAUSTED", "This promo code has been fully used.");
  if (limits.maxUsesPerUser !== null && userId) {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`promo:${promo.id}:${userId}`}, 0))`,
    );
    const [used] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(promoRedemptions)
      .innerJoin(orders, eq(orders.id, promoRedemptions.orderId))
      .where(
        and(
          eq(promoRedemptions.promoCodeId, promo.id),
          eq(promoRedemptions.userId, userId),
          inArray(orders.status, usingStatuses),
        ),
      );
    if ((used?.count ?? 0) >= limits.maxUsesPerUser) {
      throw new DomainError("PROMO_EXHAUSTED", "You have already used this promo code.");
    }
  }
  await tx.insert(promoRedemptions).values({ promoCodeId: promo.id, orderId, userId });
}

/** Gives a promo use back when its order ends unpaid. */
export async function releasePromo(tx: Tx, orderId: string): Promise<void> {
  const [redemption] = await tx
    .delete(promoRedemptions)
    .where(eq(promoRedemptions.orderId, orderId))
    .returning();
  if (redemption) {
    await tx
      .update(promoCodes)
      .set({ usedCount: sql`greatest(${promoCodes.usedCount} - 1, 0)` })
      .where(eq(promoCodes.id, redemption.promoCodeId));
  }
}
