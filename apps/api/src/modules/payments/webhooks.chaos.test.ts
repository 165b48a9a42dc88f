import { schema } from "@marquee/db";
import { and, eq, inArray } from "drizzle-orm";
import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createShowScenario, createUsers, goodCard, idempotencyKey } from "../../../test/fixtures/booking.ts";
import {
  createStripeTestbed,
  paymentOf,
  type StripeTestbed,
  stripePayment,
  webhookSecret,
} from "../../../test/fixtures/payments.ts";
import { expectInvariants } from "../../../test/invariants.ts";
import { signEvent } from "../../../test/stripe-standin.ts";

let bed: StripeTestbed;
beforeAll(async () => {
  bed = await createStripeTestbed();
});
afterAll(async () => {
  await bed.close();
});

/** A small seeded PRNG (mulberry32), so a failing shuffle can be replayed. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe("Stripe webhook chaos", () => {
  it("applies every event exactly once whatever the duplication, order and failures, and accepts no forgery", async () => {
    const { platform, stripe } = bed;
    const seed = Number(process.env.CHAOS_SEED ?? Date.now() % 100_000);
    const random = seeded(seed);
    const scenario = await createShowScenario(platform.db, platform.clock.now(), {
      rows: 2,
      seatsPerRow: 10,
    });
    const buyers = await createUsers(platform.db, 7);
    const seat = (i: number) => scenario.seatIds[i] as string;

    const checkoutWithStripe = async (buyerIndex: number, seatIndexes: number[]) => {
      const asBuyer = platform.caller({ user: buyers[buyerIndex] });
      const hold = await asBuyer.inventory.hold({ showId: scenario.showId, seatIds: seatIndexes.map(seat) });
      const order = await asBuyer.booking.checkout({
        holdId: hold.holdId,
        payment: stripePayment,
        idempotencyKey: idempotencyKey(),
      });
      const payment = await paymentOf(platform.db, order.id);
      return { asBuyer, hold, order, intentId: payment.gatewayRef as string };
    };

    // paid: confirmed by webhooks alone.
    const paid = await checkoutWithStripe(0, [0]);
    stripe.pay(paid.intentId, "succeeded");
    // retried: a decline, then another card on the same intent.
    const retried = await checkoutWithStripe(1, [1]);
    stripe.pay(retried.intentId, "declined");
    stripe.pay(retried.intentId, "succeeded");
    // partly cancelled: confirmed on the buyer's return, then one of two tickets refunded.
    const partial = await checkoutWithStripe(2, [2, 3]);
    stripe.pay(partial.intentId, "succeeded");
    const partialPaid = await partial.asBuyer.booking.completePayment({
      orderId: partial.order.id,
      approve: true,
    });
    await partial.asBuyer.booking.cancel({
      orderId: partial.order.id,
      ticketIds: [partialPaid.tickets[0]!.id],
    });
    // slow refund: Stripe answers pending; a webhook later says succeeded.
    const slow = await checkoutWithStripe(3, [4]);
    stripe.pay(slow.intentId, "succeeded");
    await slow.asBuyer.booking.completePayment({ orderId: slow.order.id, approve: true });
    stripe.refundMode = "pending";
    await slow.asBuyer.booking.cancel({ orderId: slow.order.id });
    stripe.refundMode = "succeeded";
    const [slowRefund] = await platform.db
      .select()
      .from(schema.refunds)
      .where(eq(schema.refunds.orderId, slow.order.id));
    stripe.settleRefund(slowRefund!.gatewayRef!, "succeeded");
    // unpaid: the buyer never pays; only forged events claim otherwise.
    const unpaid = await checkoutWithStripe(4, [5]);
    // late: pays after its hold expired and a rival bought the seat.
    const late = await checkoutWithStripe(5, [6]);
    platform.clock.set(new Date(late.hold.expiresAt.getTime() + 1));
    const asRival = platform.caller({ user: buyers[6] });
    const rivalHold = await asRival.inventory.hold({ showId: scenario.showId, seatIds: [seat(6)] });
    await asRival.booking.checkout({
      holdId: rivalHold.holdId,
      payment: goodCard,
      idempotencyKey: idempotencyKey(),
    });
    stripe.pay(late.intentId, "succeeded");

    // Forgeries: a success for the unpaid order signed with the wrong secret; a genuine header over
    // another body; a genuine event too old to accept; no signature at all.
    const unpaidIntent = structuredClone(stripe.intents.get(unpaid.intentId)!);
    Object.assign(unpaidIntent, { status: "succeeded", amount_received: unpaidIntent.amount });
    const forgedSuccess = {
      ...structuredClone(stripe.events.find((e) => e.type === "payment_intent.succeeded")!),
      id: "evt_forged_success",
      data: { object: unpaidIntent },
    } as Stripe.Event;
    const nowSeconds = () => Math.floor(platform.clock.now().getTime() / 1000);
    const forgeries: { payload: string; header: string | undefined }[] = [
      signEvent(forgedSuccess, webhookSecret, { forge: true, timestamp: nowSeconds() }),
      {
        payload: JSON.stringify(forgedSuccess),
        header: signEvent(stripe.events[0]!, webhookSecret, { timestamp: nowSeconds() }).header,
      },
      signEvent({ ...forgedSuccess, id: "evt_forged_stale" }, webhookSecret, {
        timestamp: nowSeconds() - 301,
      }),
      { payload: JSON.stringify({ ...forgedSuccess, id: "evt_forged_unsigned" }), header: undefined },
    ];

    // Faults: the first attempt of about a third of the events fails, before or after applying.
    const attempts = new Map<string, number>();
    bed.hooks.beforeApply = (event) => {
      const n = (attempts.get(event.id) ?? 0) + 1;
      attempts.set(event.id, n);
      if (n === 1 && random() < 0.17) throw new Error(`chaos: ${event.id} fails before applying`);
    };
    bed.hooks.afterApply = (event) => {
      if (attempts.get(event.id) === 1 && random() < 0.2)
        throw new Error(`chaos: ${event.id} fails after applying`);
    };

    type Delivery =
      | { kind: "genuine"; event: Stripe.Event; stale: boolean }
      | { kind: "forged"; index: number };
    const statuses = { genuine: [] as number[], stale: [] as number[], forged: [] as number[] };
    let queued = 0;
    for (let round = 0; round < 10 && queued < stripe.events.length; round++) {
      const fresh = stripe.events.slice(queued);
      queued = stripe.events.length;
      const deliveries: Delivery[] = [
        ...fresh.flatMap((event) => [1, 2, 3].map(() => ({ kind: "genuine" as const, event, stale: false }))),
        ...fresh
          .filter(() => random() < 0.3)
          .map((event) => ({ kind: "genuine" as const, event, stale: true })),
        ...(round === 0 ? forgeries.map((_, index) => ({ kind: "forged" as const, index })) : []),
      ];
      const retries: Stripe.Event[] = [];
      for (const delivery of shuffle(deliveries, random)) {
        if (delivery.kind === "forged") {
          const forged = forgeries[delivery.index]!;
          const response = await bed.webhooks.inject({
            method: "POST",
            url: "/webhooks/stripe",
            headers: {
              "content-type": "application/json",
              ...(forged.header && { "stripe-signature": forged.header }),
            },
            payload: forged.payload,
          });
          statuses.forged.push(response.statusCode);
          continue;
        }
        const timestamp = nowSeconds() - (delivery.stale ? 301 : 0);
        const [status] = await bed.deliver([delivery.event], { timestamp });
        (delivery.stale ? statuses.stale : statuses.genuine).push(status!);
        // Stripe retries what failed with a 5xx.
        if (status === 500) retries.push(delivery.event);
      }
      for (const event of shuffle(retries, random)) expect(await bed.deliver([event])).toEqual([200]);
    }
    bed.hooks.beforeApply = undefined;
    bed.hooks.afterApply = undefined;

    const context = `chaos seed ${seed}`;
    expect(statuses.forged, context).toEqual([400, 400, 400, 400]);
    expect(new Set(statuses.stale), context).toEqual(new Set(statuses.stale.length ? [400] : []));
    expect(statuses.genuine.filter((s) => s === 500).length, context).toBeGreaterThan(0);
    expect(
      statuses.genuine.every((s) => s === 200 || s === 500),
      context,
    ).toBe(true);

    const view = async (entry: { asBuyer: typeof paid.asBuyer; order: { id: string } }) =>
      entry.asBuyer.booking.order({ orderId: entry.order.id });
    expect((await view(paid)).status, context).toBe("confirmed");
    expect((await view(paid)).tickets, context).toHaveLength(1);
    expect((await view(retried)).status, context).toBe("confirmed");
    const partialView = await view(partial);
    expect(partialView.status, context).toBe("partially_refunded");
    expect(partialView.refunded.amountMinor, context).toBe(25_000);
    const slowView = await view(slow);
    expect(slowView.status, context).toBe("refunded");
    expect(slowView.refunded.amountMinor, context).toBe(25_000);
    const unpaidView = await view(unpaid);
    expect(unpaidView.status, context).toBe("pending_payment");
    expect(unpaidView.tickets, context).toHaveLength(0);
    const lateView = await view(late);
    expect(lateView.status, context).toBe("refunded");
    expect(lateView.refunded.amountMinor, context).toBe(25_000);

    // Money at "Stripe" and in our books agree, charge by charge and refund by refund.
    for (const entry of [paid, retried, partial, slow, late]) {
      const payment = await paymentOf(platform.db, entry.order.id);
      const intent = stripe.intents.get(entry.intentId)!;
      const gatewayRefunds = [...stripe.refunds.values()].filter((r) => r.payment_intent === entry.intentId);
      expect(payment.capturedMinor, context).toBe(intent.amount_received);
      expect(payment.refundedMinor, context).toBe(gatewayRefunds.reduce((sum, r) => sum + r.amount, 0));
      const ours = await platform.db
        .select()
        .from(schema.refunds)
        .where(eq(schema.refunds.orderId, entry.order.id));
      expect(ours.length, context).toBe(gatewayRefunds.length);
    }
    const orderIds = [paid, retried, partial, slow, unpaid, late].map((e) => e.order.id);
    const confirmations = await platform.db
      .select({ id: schema.outbox.aggregateId })
      .from(schema.outbox)
      .where(and(inArray(schema.outbox.aggregateId, orderIds), eq(schema.outbox.type, "order.confirmed")));
    expect(confirmations.length, context).toBe(new Set(confirmations.map((c) => c.id)).size);
    const notices = await platform.db
      .select()
      .from(schema.notifications)
      .where(eq(schema.notifications.userId, buyers[5]!.id));
    expect(
      notices.filter((n) => n.kind === "payment_refunded"),
      context,
    ).toHaveLength(1);

    const recorded = await platform.db.select().from(schema.gatewayEvents);
    expect(
      recorded.filter((e) => e.eventId.startsWith("evt_forged")),
      context,
    ).toHaveLength(0);
    expect(new Set(recorded.map((e) => e.eventId)), context).toEqual(new Set(stripe.events.map((e) => e.id)));
    expect(
      recorded.every((e) => e.processedAt !== null),
      context,
    ).toBe(true);
    await expectInvariants(platform.db);
  });
});
