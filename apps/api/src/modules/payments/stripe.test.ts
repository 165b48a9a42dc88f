import { schema } from "@marquee/db";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import type Stripe from "stripe";
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
import { expireUnpaidOrders } from "../booking/expiry.ts";
import { releaseExpiredHolds } from "../inventory/expiry.ts";

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

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return (error.cause as { code?: string })?.code ?? error.code;
    throw error;
  }
  return "OK";
}

/** A buyer holding `seats` seats of a fresh show, checked out with Stripe (awaiting the Payment Element). */
async function stripeCheckout(options: { seats?: number; currency?: string; priceMinor?: number } = {}) {
  const { platform } = bed;
  const scenario = await createShowScenario(platform.db, platform.clock.now(), {
    ...(options.currency && { currency: options.currency }),
    ...(options.priceMinor && { tiers: [{ code: "STD", name: "Standard", priceMinor: options.priceMinor }] }),
  });
  const [buyer] = await createUsers(platform.db, 1);
  const asBuyer = platform.caller({ user: buyer });
  const hold = await asBuyer.inventory.hold({
    showId: scenario.showId,
    seatIds: scenario.seatIds.slice(0, options.seats ?? 1),
  });
  const order = await asBuyer.booking.checkout({
    holdId: hold.holdId,
    payment: stripePayment,
    idempotencyKey: idempotencyKey(),
  });
  const payment = await paymentOf(platform.db, order.id);
  const intent = bed.stripe.intents.get(payment.gatewayRef ?? "");
  if (!intent) throw new Error("no PaymentIntent was created");
  return { scenario, buyer: buyer!, asBuyer, hold, order, payment, intent };
}

const outboxCount = async (orderId: string, type: string) =>
  (
    await bed.platform.db
      .select()
      .from(schema.outbox)
      .where(and(eq(schema.outbox.aggregateId, orderId), eq(schema.outbox.type, type)))
  ).length;

describe("Stripe payments", () => {
  it("takes a web payment through a PaymentIntent and confirms the order from the webhook", async () => {
    const { order, payment, intent, asBuyer } = await stripeCheckout();
    expect(order.status).toBe("pending_payment");
    expect(order.payment).toMatchObject({
      gateway: "stripe",
      status: "requires_action",
      nextAction: "stripe_payment_element",
      clientSecret: intent.client_secret,
    });
    expect(intent).toMatchObject({
      amount: 25_000,
      currency: "inr",
      metadata: { paymentId: payment.id, orderId: order.id },
    });
    const [admin] = await createUsers(bed.platform.db, 1, "admin");
    const asAdmin = bed.platform.caller({ user: asRole(admin!.id, "admin") });
    expect((await asAdmin.booking.order({ orderId: order.id })).payment?.clientSecret).toBeNull();

    expect(await bed.deliver(bed.stripe.pay(intent.id, "succeeded"))).toEqual([200, 200]);
    const paid = await asBuyer.booking.order({ orderId: order.id });
    expect(paid.status).toBe("confirmed");
    expect(paid.tickets).toHaveLength(1);
    expect(paid.payment).toMatchObject({ status: "succeeded", nextAction: null, clientSecret: null });
    expect((await paymentOf(bed.platform.db, order.id)).capturedMinor).toBe(25_000);
  });

  it("confirms on the buyer's return when the webhook is late, and the late webhook changes nothing", async () => {
    const { order, intent, asBuyer } = await stripeCheckout();
    const events = bed.stripe.pay(intent.id, "succeeded");
    const returned = await asBuyer.booking.completePayment({ orderId: order.id, approve: true });
    expect(returned.status).toBe("confirmed");
    expect(await bed.deliver(events)).toEqual([200, 200]);
    expect(await bed.deliver(events)).toEqual([200, 200]);
    expect((await asBuyer.booking.order({ orderId: order.id })).tickets).toHaveLength(1);
    expect(await outboxCount(order.id, "order.confirmed")).toBe(1);
  });

  it("keeps the hold after a decline in the Payment Element and takes another card on the same intent", async () => {
    const { order, intent, asBuyer, scenario } = await stripeCheckout();
    expect(await bed.deliver(bed.stripe.pay(intent.id, "declined"))).toEqual([200]);
    const declined = await asBuyer.booking.order({ orderId: order.id });
    expect(declined.payment).toMatchObject({ status: "requires_action", failureCode: "generic_decline" });
    const map = await asBuyer.inventory.seatMap({ showId: scenario.showId });
    expect(map.seats.find((s) => s.id === scenario.seatIds[0])?.status).toBe("held");

    await bed.deliver(bed.stripe.pay(intent.id, "succeeded"));
    expect((await asBuyer.booking.order({ orderId: order.id })).status).toBe("confirmed");
  });

  it("charges zero-decimal currencies in whole units (JPY) and refunds them the same way", async () => {
    const { order, intent, asBuyer } = await stripeCheckout({ currency: "JPY", priceMinor: 3_500 });
    expect(intent).toMatchObject({ amount: 3_500, currency: "jpy" });
    await bed.deliver(bed.stripe.pay(intent.id, "succeeded"));
    const paid = await asBuyer.booking.order({ orderId: order.id });
    expect(paid.price.total).toEqual({ amountMinor: 3_500, currency: "JPY" });
    const cancelled = await asBuyer.booking.cancel({ orderId: order.id });
    expect(cancelled.order.refunded).toEqual({ amountMinor: 3_500, currency: "JPY" });
    const refund = [...bed.stripe.refunds.values()].find((r) => r.payment_intent === intent.id);
    expect(refund).toMatchObject({ amount: 3_500, currency: "jpy", status: "succeeded" });
  });

  it("refunds per ticket and in full, and matches the refund webhooks instead of re-applying them", async () => {
    const { order, intent, asBuyer } = await stripeCheckout({ seats: 2 });
    await bed.deliver(bed.stripe.pay(intent.id, "succeeded"));
    const paid = await asBuyer.booking.order({ orderId: order.id });
    const eventsBefore = bed.stripe.events.length;

    const one = await asBuyer.booking.cancel({ orderId: order.id, ticketIds: [paid.tickets[0]!.id] });
    expect(one.order.status).toBe("partially_refunded");
    const [ours] = await bed.platform.db
      .select()
      .from(schema.refunds)
      .where(eq(schema.refunds.orderId, order.id));
    const gatewayRefund = bed.stripe.refunds.get(ours?.gatewayRef ?? "");
    expect(gatewayRefund).toMatchObject({ amount: 25_000, metadata: { refundId: ours?.id } });
    expect(ours?.status).toBe("succeeded");

    const refundEvents = bed.stripe.events.slice(eventsBefore);
    expect(refundEvents.map((e) => e.type)).toContain("refund.created");
    expect(await bed.deliver(refundEvents)).toEqual(refundEvents.map(() => 200));
    expect(await bed.deliver(refundEvents)).toEqual(refundEvents.map(() => 200));
    expect((await paymentOf(bed.platform.db, order.id)).refundedMinor).toBe(25_000);

    const rest = await asBuyer.booking.cancel({ orderId: order.id });
    expect(rest.order.status).toBe("refunded");
    expect(rest.order.refunded.amountMinor).toBe(50_000);
    expect([...bed.stripe.refunds.values()].filter((r) => r.payment_intent === intent.id)).toHaveLength(2);
  });

  it("books a refund Stripe answers as pending once its webhook says it succeeded", async () => {
    const { order, intent, asBuyer } = await stripeCheckout();
    await bed.deliver(bed.stripe.pay(intent.id, "succeeded"));
    bed.stripe.refundMode = "pending";
    try {
      const cancelled = await asBuyer.booking.cancel({ orderId: order.id });
      expect(cancelled.order.refunded.amountMinor).toBe(0);
    } finally {
      bed.stripe.refundMode = "succeeded";
    }
    const [ours] = await bed.platform.db
      .select()
      .from(schema.refunds)
      .where(eq(schema.refunds.orderId, order.id));
    expect(ours).toMatchObject({ status: "pending", gatewayRef: expect.stringMatching(/^re_/) });
    const settled = bed.stripe.settleRefund(ours!.gatewayRef!, "succeeded");
    expect(await bed.deliver([...settled, ...settled])).toEqual([200, 200]);
    expect((await asBuyer.booking.order({ orderId: order.id })).refunded.amountMinor).toBe(25_000);
    expect((await paymentOf(bed.platform.db, order.id)).status).toBe("refunded");
  });

  it("confirms a payment that succeeds after its hold expired when the seats are still free", async () => {
    const { order, intent, asBuyer, hold } = await stripeCheckout();
    bed.platform.clock.set(new Date(hold.expiresAt.getTime() + 60_000));
    await releaseExpiredHolds(bed.platform.db, bed.platform.clock.now());
    await expireUnpaidOrders(bed.platform.db, bed.platform.clock.now());
    expect((await asBuyer.booking.order({ orderId: order.id })).status).toBe("expired");

    await bed.deliver(bed.stripe.pay(intent.id, "succeeded"));
    const late = await asBuyer.booking.order({ orderId: order.id });
    expect(late.status).toBe("confirmed");
    expect(late.tickets).toHaveLength(1);
  });

  it("refunds a late payment when its seats went to someone else, and tells the buyer", async () => {
    const { order, intent, asBuyer, hold, scenario, buyer } = await stripeCheckout();
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

    await bed.deliver(bed.stripe.pay(intent.id, "succeeded"));
    const late = await asBuyer.booking.order({ orderId: order.id });
    expect(late.status).toBe("refunded");
    expect(late.tickets).toHaveLength(0);
    expect(late.refunded.amountMinor).toBe(25_000);
    expect([...bed.stripe.refunds.values()].find((r) => r.payment_intent === intent.id)?.amount).toBe(25_000);
    const notes = await bed.platform.db
      .select()
      .from(schema.notifications)
      .where(eq(schema.notifications.userId, buyer.id));
    expect(notes.map((n) => n.kind)).toContain("payment_refunded");
  });

  it("applies the same success once however often and however concurrently it is reported", async () => {
    const { order, intent, asBuyer } = await stripeCheckout({ seats: 2 });
    const [charged, succeeded] = bed.stripe.pay(intent.id, "succeeded") as [Stripe.Event, Stripe.Event];
    // Stripe may also send the same change as a new event (another endpoint version, a resend).
    const twin = { ...structuredClone(succeeded), id: `${succeeded.id}_twin` } as Stripe.Event;
    const statuses = await Promise.all([
      bed.deliver([succeeded]),
      bed.deliver([succeeded]),
      bed.deliver([twin]),
      bed.deliver([charged, succeeded]),
      asBuyer.booking.completePayment({ orderId: order.id, approve: true }).then(() => [200]),
    ]);
    expect(statuses.flat().every((s) => s === 200)).toBe(true);
    expect((await asBuyer.booking.order({ orderId: order.id })).tickets).toHaveLength(2);
    expect(await outboxCount(order.id, "order.confirmed")).toBe(1);
  });

  it("refunds a capture that does not match the order's price instead of selling for it", async () => {
    const { order, intent, asBuyer } = await stripeCheckout();
    const [, succeeded] = bed.stripe.pay(intent.id, "succeeded") as [Stripe.Event, Stripe.Event];
    const tampered = structuredClone(succeeded);
    (tampered.data.object as Stripe.PaymentIntent).amount_received = 100;
    intent.amount_received = 100;
    await bed.deliver([tampered]);
    const view = await asBuyer.booking.order({ orderId: order.id });
    expect(view.status).toBe("refunded");
    expect(view.tickets).toHaveLength(0);
    const [refund] = await bed.platform.db
      .select()
      .from(schema.refunds)
      .where(eq(schema.refunds.orderId, order.id));
    expect(refund).toMatchObject({ reason: "amount_mismatch", amountMinor: 100, status: "succeeded" });
  });

  it("cancels the intent when the buyer gives up, keeping the hold for another try", async () => {
    const { order, intent, asBuyer } = await stripeCheckout();
    expect(await codeOf(asBuyer.booking.completePayment({ orderId: order.id, approve: false }))).toBe(
      "PAYMENT_DECLINED",
    );
    expect(bed.stripe.intents.get(intent.id)?.status).toBe("canceled");
    expect((await paymentOf(bed.platform.db, order.id)).status).toBe("failed");
  });

  it("tells clients which gateway to use and that this is test mode", async () => {
    const config = await bed.platform.caller().payments.config();
    expect(config).toMatchObject({ mode: "test", gateway: "stripe", publishableKey: null });
  });
});
