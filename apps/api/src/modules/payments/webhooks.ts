import { schema } from "@marquee/db";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type Stripe from "stripe";
import { recordChargeOutcome } from "../booking/checkout.ts";
import type { BookingDeps } from "../booking/deps.ts";
import { settleRefund } from "../booking/refunds.ts";
import { recordFindingOnce } from "./findings.ts";
import { outcomeOfIntent, outcomeOfRefund } from "./stripe.ts";

const { gatewayEvents, payments, refunds } = schema;

/** Test seams for fault injection: a throw makes the delivery fail (500) at that point. */
export interface WebhookHooks {
  beforeApply?(event: Stripe.Event): Promise<void> | void;
  afterApply?(event: Stripe.Event): Promise<void> | void;
}

export type EventReceipt = "processed" | "duplicate";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Applies a verified Stripe event exactly once. The event is recorded first (gateway_events); one
 * already processed is acknowledged and skipped. Effects are idempotent on their own (a payment
 * confirms once, a refund settles once), so a delivery that failed half-way is safely redone by
 * Stripe's retry. Events are applied from their snapshot with forward-only transitions, so the
 * order they arrive in does not matter.
 */
export async function receiveStripeEvent(
  deps: BookingDeps,
  event: Stripe.Event,
  hooks: WebhookHooks = {},
): Promise<EventReceipt> {
  const [recorded] = await deps.db
    .insert(gatewayEvents)
    .values({ gateway: "stripe", eventId: event.id, type: event.type, payload: event, receivedAt: deps.now })
    .onConflictDoNothing({ target: [gatewayEvents.gateway, gatewayEvents.eventId] })
    .returning({ processedAt: gatewayEvents.processedAt });
  if (!recorded) {
    const [seen] = await deps.db
      .select({ processedAt: gatewayEvents.processedAt })
      .from(gatewayEvents)
      .where(and(eq(gatewayEvents.gateway, "stripe"), eq(gatewayEvents.eventId, event.id)));
    if (seen?.processedAt) return "duplicate";
  }
  await hooks.beforeApply?.(event);
  await applyStripeEvent(deps, event);
  await hooks.afterApply?.(event);
  await deps.db
    .update(gatewayEvents)
    .set({ processedAt: deps.now })
    .where(
      and(
        eq(gatewayEvents.gateway, "stripe"),
        eq(gatewayEvents.eventId, event.id),
        isNull(gatewayEvents.processedAt),
      ),
    );
  return "processed";
}

async function applyStripeEvent(deps: BookingDeps, event: Stripe.Event): Promise<void> {
  if (event.type.startsWith("payment_intent.")) {
    await applyIntent(deps, event.data.object as Stripe.PaymentIntent);
  } else if (
    event.type === "refund.created" ||
    event.type === "refund.updated" ||
    event.type === "refund.failed" ||
    event.type === "charge.refund.updated"
  ) {
    await applyRefund(deps, event.data.object as Stripe.Refund);
  }
  // Anything else is recorded and acknowledged: we subscribe to more than we act on.
}

async function applyIntent(deps: BookingDeps, intent: Stripe.PaymentIntent): Promise<void> {
  const paymentId = intent.metadata?.paymentId;
  const [payment] = await deps.db
    .select({ id: payments.id, gatewayRef: payments.gatewayRef, currency: payments.currency })
    .from(payments)
    .where(
      paymentId && uuidPattern.test(paymentId)
        ? eq(payments.id, paymentId)
        : and(inArray(payments.gateway, ["stripe", "card_present"]), eq(payments.gatewayRef, intent.id)),
    );
  // A charge we cannot tie to one of our payments is reconciliation's to refund (orphan charge).
  if (!payment || (payment.gatewayRef && payment.gatewayRef !== intent.id)) {
    deps.log.warn({ paymentIntent: intent.id, paymentId }, "stripe event for an unknown payment");
    return;
  }
  if (payment.currency !== intent.currency.toUpperCase()) {
    deps.log.error({ paymentIntent: intent.id, paymentId: payment.id }, "stripe event in another currency");
    return;
  }
  await recordChargeOutcome(deps, payment.id, outcomeOfIntent(intent));
}

async function applyRefund(deps: BookingDeps, gatewayRefund: Stripe.Refund): Promise<void> {
  if (gatewayRefund.metadata?.orphanCharge) return;
  const refundId = gatewayRefund.metadata?.refundId;
  const [refund] = await deps.db
    .select({ id: refunds.id, orderId: refunds.orderId, status: refunds.status })
    .from(refunds)
    .where(
      refundId && uuidPattern.test(refundId)
        ? eq(refunds.id, refundId)
        : eq(refunds.gatewayRef, gatewayRefund.id),
    );
  if (!refund) {
    // Refunded outside Marquee (the Stripe dashboard): money and tickets no longer agree.
    await recordFindingOnce(deps.db, {
      runAt: deps.now,
      gateway: "stripe",
      kind: "unmatched_refund",
      gatewayRef: gatewayRefund.id,
      orderId: null,
      action: "flagged",
      details: {
        paymentIntent: paymentIntentId(gatewayRefund),
        amount: gatewayRefund.amount,
        status: gatewayRefund.status,
      },
    });
    return;
  }
  const outcome = outcomeOfRefund(gatewayRefund);
  const settled = await settleRefund(deps, refund.id, outcome);
  if (settled === "already_settled" && refund.status === "succeeded" && outcome.status === "failed") {
    // Rare, but Stripe can fail a refund after reporting success (the bank returned it).
    await recordFindingOnce(deps.db, {
      runAt: deps.now,
      gateway: "stripe",
      kind: "refund_failed_after_success",
      gatewayRef: gatewayRefund.id,
      orderId: refund.orderId,
      action: "flagged",
      details: { refundId: refund.id, failureReason: gatewayRefund.failure_reason ?? null },
    });
  }
}

const paymentIntentId = (refund: Stripe.Refund) =>
  typeof refund.payment_intent === "string" ? refund.payment_intent : (refund.payment_intent?.id ?? null);
