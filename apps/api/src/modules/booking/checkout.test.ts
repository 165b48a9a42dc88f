import { verifyTicketQr } from "@marquee/contracts";
import { schema } from "@marquee/db";
import type { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../../test/errors.ts";
import {
  confirmCard,
  createShowScenario,
  createUsers,
  declinedCard,
  goodCard,
  idempotencyKey,
} from "../../../test/fixtures/booking.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/harness.ts";
import { expectInvariants } from "../../../test/invariants.ts";
import { releaseExpiredHolds } from "../inventory/expiry.ts";
import { confirmPayment } from "./confirm.ts";

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(async () => {
  await expectInvariants(platform.db);
  await platform.close();
});

async function addFees(organizationId: string) {
  await platform.db.insert(schema.fees).values([
    { organizationId, name: "Convenience fee", kind: "per_ticket", amountMinor: 3_000, currency: "INR" },
    { organizationId, name: "Booking fee", kind: "percent", percentBps: 200 },
  ]);
}

describe("booking", () => {
  it("takes a buyer from hold to paid order with tickets that verify offline", async () => {
    const scenario = await createShowScenario(platform.db, platform.clock.now());
    await addFees(scenario.organizationId);
    const [buyer] = await createUsers(platform.db, 1);
    const asBuyer = platform.caller({ user: buyer });
    // The seat map prices a ticket all in, as checkout will: ₹250 + ₹30 + 2 %.
    const before = await asBuyer.inventory.seatMap({ showId: scenario.showId });
    expect(before.tiers[0]).toMatchObject({
      price: { amountMinor: 28_500, currency: "INR" },
      fees: { amountMinor: 3_500, currency: "INR" },
    });
    const hold = await asBuyer.inventory.hold({
      showId: scenario.showId,
      seatIds: scenario.seatIds.slice(3, 5),
    });

    const quote = await asBuyer.booking.quote({ holdId: hold.holdId });
    expect(quote.subtotal.amountMinor).toBe(50_000);
    expect(quote.fees.amountMinor).toBe(2 * 3_000 + 1_000);
    expect(quote.total).toEqual({ amountMinor: 57_000, currency: "INR" });

    const order = await asBuyer.booking.checkout({
      holdId: hold.holdId,
      payment: goodCard,
      idempotencyKey: idempotencyKey(),
    });
    expect(order.status).toBe("confirmed");
    expect(order.price.total.amountMinor).toBe(57_000);
    expect(order.code).toMatch(/^[2-9A-HJKMNP-TV-Z]{8}$/);
    expect(order.tickets).toHaveLength(2);
    expect(order.payment?.status).toBe("succeeded");

    const keys = await platform.caller().tickets.venueKeys({ venueId: scenario.venueId });
    const publicKeys = Object.fromEntries(keys.map((k) => [k.keyId, k.publicKey]));
    for (const ticket of order.tickets) {
      const offline = await verifyTicketQr(ticket.qr, publicKeys);
      expect(offline.ok).toBe(true);
      expect(await platform.caller().tickets.verify({ code: ticket.qr })).toMatchObject({
        valid: true,
        reason: "ok",
      });
    }
    const tampered = order.tickets[0]!.qr.replace(
      /.(\.[^.]+)$/,
      (m, sig) => (m[0] === "A" ? "B" : "A") + sig,
    );
    expect((await platform.caller().tickets.verify({ code: tampered })).valid).toBe(false);

    const map = await asBuyer.inventory.seatMap({ showId: scenario.showId });
    expect(
      map.seats
        .filter((s) => s.status === "sold")
        .map((s) => s.id)
        .sort(),
    ).toEqual(scenario.seatIds.slice(3, 5).sort());
    expect((await asBuyer.booking.myOrders({ limit: 20 })).items.map((o) => o.id)).toContain(order.id);
    await expectInvariants(platform.db);
  });

  it("keeps the hold when a card is declined, and a retry with another card succeeds", async () => {
    const scenario = await createShowScenario(platform.db, platform.clock.now());
    const [buyer] = await createUsers(platform.db, 1);
    const asBuyer = platform.caller({ user: buyer });
    const hold = await asBuyer.inventory.hold({ showId: scenario.showId, seatIds: [scenario.seatIds[0]!] });
    const key = idempotencyKey();
    expect(
      await codeOf(
        asBuyer.booking.checkout({ holdId: hold.holdId, payment: declinedCard, idempotencyKey: key }),
      ),
    ).toBe("PAYMENT_DECLINED");
    // Retrying the same request answers the same way, without charging again.
    expect(
      await codeOf(
        asBuyer.booking.checkout({ holdId: hold.holdId, payment: declinedCard, idempotencyKey: key }),
      ),
    ).toBe("PAYMENT_DECLINED");
    const map = await asBuyer.inventory.seatMap({ showId: scenario.showId });
    expect(map.seats.find((s) => s.id === scenario.seatIds[0])?.status).toBe("held");
    const order = await asBuyer.booking.checkout({
      holdId: hold.holdId,
      payment: goodCard,
      idempotencyKey: idempotencyKey(),
    });
    expect(order.status).toBe("confirmed");
    await expectInvariants(platform.db);
  });

  it("replays a checkout by idempotency key and refuses the key for a different request", async () => {
    const scenario = await createShowScenario(platform.db, platform.clock.now());
    const [buyer] = await createUsers(platform.db, 1);
    const asBuyer = platform.caller({ user: buyer });
    const hold = await asBuyer.inventory.hold({ showId: scenario.showId, seatIds: [scenario.seatIds[0]!] });
    const key = idempotencyKey();
    const [first, second] = await Promise.all([
      asBuyer.booking.checkout({ holdId: hold.holdId, payment: goodCard, idempotencyKey: key }),
      asBuyer.booking.checkout({ holdId: hold.holdId, payment: goodCard, idempotencyKey: key }),
    ]);
    expect(second.id).toBe(first.id);
    const payments = await platform.db
      .select()
      .from(schema.payments)
      .where(eq(schema.payments.orderId, first.id));
    expect(payments).toHaveLength(1);
    expect(
      await codeOf(
        asBuyer.booking.checkout({ holdId: hold.holdId, payment: declinedCard, idempotencyKey: key }),
      ),
    ).toBe("IDEMPOTENCY_KEY_REUSED");
  });

  it("applies the same payment success twice only once", async () => {
    const scenario = await createShowScenario(platform.db, platform.clock.now());
    const [buyer] = await createUsers(platform.db, 1);
    const asBuyer = platform.caller({ user: buyer });
    const hold = await asBuyer.inventory.hold({ showId: scenario.showId, seatIds: [scenario.seatIds[0]!] });
    const pending = await asBuyer.booking.checkout({
      holdId: hold.holdId,
      payment: confirmCard,
      idempotencyKey: idempotencyKey(),
    });
    expect(pending.payment?.nextAction).toBe("confirm_card");
    const deps = { ...platform, now: platform.clock.now() };
    const capture = { gatewayRef: "sim_pi_twice", amountMinor: pending.price.total.amountMinor };
    const outcomes = await Promise.all([
      confirmPayment(deps, pending.payment!.id, capture),
      confirmPayment(deps, pending.payment!.id, capture),
    ]);
    expect(outcomes.sort()).toEqual(["already_applied", "confirmed"]);
    const tickets = await platform.db
      .select()
      .from(schema.tickets)
      .where(eq(schema.tickets.orderId, pending.id));
    expect(tickets).toHaveLength(1);
    await expectInvariants(platform.db);
  });

  it("confirms a late payment when the seats are still free, and refunds it when they are not", async () => {
    const scenario = await createShowScenario(platform.db, platform.clock.now());
    const [late, lateAgain, rival] = await createUsers(platform.db, 3);
    // Still free after expiry: confirmed.
    const holdA = await platform
      .caller({ user: late })
      .inventory.hold({ showId: scenario.showId, seatIds: [scenario.seatIds[0]!] });
    const orderA = await platform
      .caller({ user: late })
      .booking.checkout({ holdId: holdA.holdId, payment: confirmCard, idempotencyKey: idempotencyKey() });
    platform.clock.set(new Date(holdA.expiresAt.getTime() + 60_000));
    await releaseExpiredHolds(platform.db, platform.clock.now());
    const paidA = await platform
      .caller({ user: late })
      .booking.completePayment({ orderId: orderA.id, approve: true });
    expect(paidA.status).toBe("confirmed");

    // Taken by someone else after expiry: refunded in full, buyer told.
    const seat = scenario.seatIds[1]!;
    const holdB = await platform
      .caller({ user: lateAgain })
      .inventory.hold({ showId: scenario.showId, seatIds: [seat] });
    const orderB = await platform
      .caller({ user: lateAgain })
      .booking.checkout({ holdId: holdB.holdId, payment: confirmCard, idempotencyKey: idempotencyKey() });
    platform.clock.set(new Date(holdB.expiresAt.getTime() + 1));
    await platform.caller({ user: rival }).inventory.hold({ showId: scenario.showId, seatIds: [seat] });
    const paidB = await platform
      .caller({ user: lateAgain })
      .booking.completePayment({ orderId: orderB.id, approve: true });
    expect(paidB.status).toBe("refunded");
    expect(paidB.refunded.amountMinor).toBe(orderB.price.total.amountMinor);
    expect(paidB.tickets).toHaveLength(0);
    const notes = await platform.db
      .select()
      .from(schema.notifications)
      .where(eq(schema.notifications.userId, lateAgain!.id));
    expect(notes.map((n) => n.kind)).toContain("payment_refunded");
    await expectInvariants(platform.db);
  });

  it("limits promo uses under concurrency", async () => {
    const scenario = await createShowScenario(platform.db, platform.clock.now(), {
      rows: 3,
      seatsPerRow: 10,
    });
    await platform.db.insert(schema.promoCodes).values({
      organizationId: scenario.organizationId,
      code: "FIRST5",
      kind: "percent",
      percentBps: 2_000,
      maxUses: 5,
    });
    const buyers = await createUsers(platform.db, 20);
    const results = await Promise.allSettled(
      buyers.map(async (user, i) => {
        const caller = platform.caller({ user });
        const hold = await caller.inventory.hold({
          showId: scenario.showId,
          seatIds: [scenario.seatIds[i]!],
        });
        return caller.booking.checkout({
          holdId: hold.holdId,
          promoCode: "first5",
          payment: goodCard,
          idempotencyKey: idempotencyKey(),
        });
      }),
    );
    const discounted = results.filter(
      (r) => r.status === "fulfilled" && r.value.price.discount.amountMinor > 0,
    );
    expect(discounted).toHaveLength(5);
    for (const r of results)
      if (r.status === "rejected")
        expect((r.reason as TRPCError).cause).toMatchObject({ code: "PROMO_EXHAUSTED" });
    const [promo] = await platform.db
      .select()
      .from(schema.promoCodes)
      .where(eq(schema.promoCodes.code, "FIRST5"));
    expect(promo?.usedCount).toBe(5);
  });

  it("refuses expired, invalid and foreign promo codes with PROMO_INVALID", async () => {
    const scenario = await createShowScenario(platform.db, platform.clock.now());
    const now = platform.clock.now();
    await platform.db.insert(schema.promoCodes).values([
      {
        organizationId: scenario.organizationId,
        code: "OLD",
        kind: "percent",
        percentBps: 1_000,
        validUntil: new Date(now.getTime() - 1000),
      },
      {
        organizationId: scenario.organizationId,
        code: "OTHEREVENT",
        kind: "percent",
        percentBps: 1_000,
        eventIds: ["0190a000-0000-7000-8000-000000000000"],
      },
    ]);
    const [buyer] = await createUsers(platform.db, 1);
    const asBuyer = platform.caller({ user: buyer });
    const hold = await asBuyer.inventory.hold({ showId: scenario.showId, seatIds: [scenario.seatIds[0]!] });
    for (const promoCode of ["OLD", "OTHEREVENT", "NOPE"]) {
      expect(await codeOf(asBuyer.booking.quote({ holdId: hold.holdId, promoCode }))).toBe("PROMO_INVALID");
    }
  });

  it("cancels by the event's policy, refunds through the gateway and puts seats back on sale", async () => {
    const scenario = await createShowScenario(platform.db, platform.clock.now(), { startsInHours: 10 });
    await addFees(scenario.organizationId);
    const [buyer, stranger] = await createUsers(platform.db, 2);
    const asBuyer = platform.caller({ user: buyer });
    const hold = await asBuyer.inventory.hold({
      showId: scenario.showId,
      seatIds: scenario.seatIds.slice(0, 3),
    });
    const order = await asBuyer.booking.checkout({
      holdId: hold.holdId,
      payment: goodCard,
      idempotencyKey: idempotencyKey(),
    });
    expect(await codeOf(platform.caller({ user: stranger }).booking.order({ orderId: order.id }))).toBe(
      "ORDER_NOT_FOUND",
    );
    expect(await codeOf(platform.caller({ user: stranger }).booking.cancel({ orderId: order.id }))).toBe(
      "ORDER_NOT_FOUND",
    );

    const one = order.tickets[0]!;
    const quote = await asBuyer.booking.cancellationQuote({ orderId: order.id, ticketIds: [one.id] });
    expect(quote).toMatchObject({ refundPercent: 50, refund: { amountMinor: 12_500, currency: "INR" } });
    const partial = await asBuyer.booking.cancel({ orderId: order.id, ticketIds: [one.id] });
    expect(partial.order.status).toBe("partially_refunded");
    expect(partial.order.refunded.amountMinor).toBe(12_500);
    const map = await asBuyer.inventory.seatMap({ showId: scenario.showId });
    expect(map.seats.find((s) => s.id === one.seatId)?.status).toBe("available");
    expect((await platform.caller().tickets.verify({ code: one.qr })).reason).toBe("cancelled");

    // The organization's owner refunds the rest: money sent back by staff is audited.
    const [owner] = await createUsers(platform.db, 1, "organizer");
    await platform.db
      .insert(schema.memberships)
      .values({ organizationId: scenario.organizationId, userId: owner!.id, role: "owner" });
    const asOwner = platform.caller({ user: owner });
    const rest = await asOwner.booking.cancel({ orderId: order.id });
    expect(rest.order.status).toBe("refunded");
    expect(rest.order.refunded.amountMinor).toBe(37_500);
    expect(await codeOf(asBuyer.booking.cancel({ orderId: order.id }))).toBe("ORDER_NOT_CANCELLABLE");
    const audit = await asOwner.audit.list({ organizationId: scenario.organizationId });
    expect(audit.items.filter((e) => e.subjectId === order.id)).toEqual([
      expect.objectContaining({
        action: "order.refunded",
        actorUserId: owner!.id,
        data: {
          ticketIds: rest.order.tickets.slice(1).map((t) => t.id),
          refundMinor: 25_000,
          currency: "INR",
        },
      }),
    ]);
    await expectInvariants(platform.db);
  });

  it("checks a ticket in once and says when it was first scanned", async () => {
    const scenario = await createShowScenario(platform.db, platform.clock.now());
    const [buyer] = await createUsers(platform.db, 1);
    const [staff] = await createUsers(platform.db, 1, "organizer");
    await platform.db
      .insert(schema.memberships)
      .values({ organizationId: scenario.organizationId, userId: staff!.id, role: "checkin" });
    const hold = await platform
      .caller({ user: buyer })
      .inventory.hold({ showId: scenario.showId, seatIds: [scenario.seatIds[0]!] });
    const order = await platform
      .caller({ user: buyer })
      .booking.checkout({ holdId: hold.holdId, payment: goodCard, idempotencyKey: idempotencyKey() });
    const qr = order.tickets[0]!.qr;
    expect(await codeOf(platform.caller({ user: buyer }).tickets.checkIn({ code: qr }))).toBe("FORBIDDEN");
    const asStaff = platform.caller({ user: staff });
    const first = await asStaff.tickets.checkIn({ code: qr, deviceId: "Gate A" });
    expect(first).toMatchObject({ admitted: true, result: "admitted" });
    const second = await asStaff.tickets.checkIn({ code: order.tickets[0]!.code, deviceId: "Gate B" });
    expect(second).toMatchObject({ admitted: false, result: "duplicate", firstScan: { device: "Gate A" } });
  });
});
