import { schema } from "@marquee/db";
import type { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createShowScenario, createUsers, goodCard, idempotencyKey } from "../../../test/fixtures/booking.ts";
import {
  createStripeTestbed,
  paymentOf,
  type StripeTestbed,
  stripePayment,
} from "../../../test/fixtures/payments.ts";
import { asRole } from "../../../test/harness.ts";
import { expectInvariants } from "../../../test/invariants.ts";
import { processors } from "../../jobs/processors.ts";
import { repeatableJobs } from "../../jobs/queues.ts";
import { reconcilePayments } from "./reconciliation.ts";

let bed: StripeTestbed;
beforeAll(async () => {
  bed = await createStripeTestbed();
});
afterEach(async () => {
  await expectInvariants(bed.platform.db);
});
afterAll(async () => {
  await bed.close();
});

const reconcile = () =>
  reconcilePayments({ ...bed.platform, now: bed.platform.clock.now() }, { lookbackHours: 48 });

async function stripeCheckout() {
  const { platform } = bed;
  const scenario = await createShowScenario(platform.db, platform.clock.now());
  const [buyer] = await createUsers(platform.db, 1);
  const asBuyer = platform.caller({ user: buyer });
  const hold = await asBuyer.inventory.hold({ showId: scenario.showId, seatIds: [scenario.seatIds[0]!] });
  const order = await asBuyer.booking.checkout({
    holdId: hold.holdId,
    payment: stripePayment,
    idempotencyKey: idempotencyKey(),
  });
  const intentId = (await paymentOf(platform.db, order.id)).gatewayRef as string;
  return { scenario, asBuyer, hold, order, intentId };
}

describe("reconciliation", () => {
  it("confirms an order whose payment succeeded but whose webhook never came, once", async () => {
    const { order, intentId, asBuyer } = await stripeCheckout();
    bed.stripe.pay(intentId, "succeeded"); // the events are never delivered
    const run = await reconcile();
    expect(run.findings.filter((f) => f.gatewayRef === intentId)).toMatchObject([
      { kind: "missing_webhook", action: "confirmed_order", orderId: order.id, gateway: "stripe" },
    ]);
    expect((await asBuyer.booking.order({ orderId: order.id })).status).toBe("confirmed");
    const again = await reconcile();
    expect(again.findings.filter((f) => f.gatewayRef === intentId)).toHaveLength(0);
  });

  it("refunds a late payment found by reconciliation when its seats were sold meanwhile", async () => {
    const { order, intentId, asBuyer, hold, scenario } = await stripeCheckout();
    bed.platform.clock.set(new Date(hold.expiresAt.getTime() + 1));
    const [rival] = await createUsers(bed.platform.db, 1);
    const asRival = bed.platform.caller({ user: rival });
    const rivalHold = await asRival.inventory.hold({
      showId: scenario.showId,
      seatIds: [scenario.seatIds[0]!],
    });
    await asRival.booking.checkout({
      holdId: rivalHold.holdId,
      payment: goodCard,
      idempotencyKey: idempotencyKey(),
    });
    bed.stripe.pay(intentId, "succeeded");

    const run = await reconcile();
    expect(run.findings.filter((f) => f.gatewayRef === intentId)).toMatchObject([
      { kind: "missing_webhook", action: "refunded" },
    ]);
    expect((await asBuyer.booking.order({ orderId: order.id })).status).toBe("refunded");
    expect([...bed.stripe.refunds.values()].filter((r) => r.payment_intent === intentId)).toHaveLength(1);
  });

  it("refunds charges no order owns, and only once", async () => {
    const stranger = bed.stripe.orphanCharge(7_500, "inr");
    const unknownPayment = bed.stripe.orphanCharge(1_000, "eur", {
      paymentId: "0190a000-0000-7000-8000-00000000dead",
    });
    const run = await reconcile();
    for (const intent of [stranger, unknownPayment]) {
      expect(run.findings.filter((f) => f.gatewayRef === intent.id)).toMatchObject([
        { kind: "orphan_charge", action: "refunded", orderId: null },
      ]);
      const refunds = [...bed.stripe.refunds.values()].filter((r) => r.payment_intent === intent.id);
      expect(refunds).toMatchObject([{ amount: intent.amount, metadata: { orphanCharge: "true" } }]);
    }
    await reconcile();
    expect([...bed.stripe.refunds.values()].filter((r) => r.payment_intent === stranger.id)).toHaveLength(1);
  });

  it("sends again a refund left pending while Stripe was down", async () => {
    const { order, intentId, asBuyer } = await stripeCheckout();
    bed.stripe.pay(intentId, "succeeded");
    await asBuyer.booking.completePayment({ orderId: order.id, approve: true });
    bed.stripe.mode = "down";
    try {
      const cancelled = await asBuyer.booking.cancel({ orderId: order.id });
      expect(cancelled.order.refunded.amountMinor).toBe(0);
    } finally {
      bed.stripe.mode = "up";
    }
    const [refund] = await bed.platform.db
      .select()
      .from(schema.refunds)
      .where(eq(schema.refunds.orderId, order.id));
    expect(refund?.status).toBe("pending");

    // Too fresh to touch: it may still be in flight elsewhere.
    expect((await reconcile()).findings.filter((f) => f.orderId === order.id)).toHaveLength(0);
    bed.platform.clock.advance(10 * 60_000);
    const run = await reconcile();
    expect(run.findings.filter((f) => f.orderId === order.id)).toMatchObject([
      { kind: "refund_retried", action: "refunded" },
    ]);
    expect((await asBuyer.booking.order({ orderId: order.id })).refunded.amountMinor).toBe(25_000);
  });

  it("flags a payment of ours that the gateway has no record of", async () => {
    const { order, intentId, asBuyer } = await stripeCheckout();
    bed.stripe.pay(intentId, "succeeded");
    await asBuyer.booking.completePayment({ orderId: order.id, approve: true });
    bed.stripe.intents.delete(intentId);
    const run = await reconcile();
    expect(run.findings.filter((f) => f.gatewayRef === intentId)).toMatchObject([
      { kind: "missing_at_gateway", action: "flagged", orderId: order.id },
    ]);
    expect((await reconcile()).findings.filter((f) => f.gatewayRef === intentId)).toHaveLength(0);
  });

  it("shows findings to admins only, newest first, and runs on a schedule", async () => {
    const [admin] = await createUsers(bed.platform.db, 1, "admin");
    const [buyer] = await createUsers(bed.platform.db, 1);
    const asAdmin = bed.platform.caller({ user: asRole(admin!.id, "admin") });
    const orphan = bed.stripe.orphanCharge(2_000, "usd");
    const run = await asAdmin.payments.reconcile();
    expect(run.findings.map((f) => f.gatewayRef)).toContain(orphan.id);
    const listed = await asAdmin.payments.reconciliationFindings({ limit: 50 });
    expect(listed[0]?.runAt.getTime()).toBeGreaterThanOrEqual(listed.at(-1)?.runAt.getTime() ?? 0);
    expect(listed.map((f) => f.gatewayRef)).toContain(orphan.id);
    const denied = await bed.platform
      .caller({ user: buyer })
      .payments.reconciliationFindings({ limit: 5 })
      .catch((error: TRPCError) => (error.cause as { code?: string }).code);
    expect(denied).toBe("FORBIDDEN");

    expect(repeatableJobs.map((job) => job.name)).toContain("reconcile-payments");
    const orphanAgain = bed.stripe.orphanCharge(3_000, "usd");
    const job = processors["reconcile-payments"] as unknown as (
      services: typeof bed.platform,
      payload: { lookbackHours?: number },
    ) => Promise<{ findings: number }>;
    expect((await job(bed.platform, {})).findings).toBeGreaterThanOrEqual(1);
    expect([...bed.stripe.refunds.values()].some((r) => r.payment_intent === orphanAgain.id)).toBe(true);
  });
});
