import { TRPCError } from "@trpc/server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createShowScenario, createUsers, idempotencyKey } from "../../../test/fixtures/booking.ts";
import { createTerminal, paymentOf } from "../../../test/fixtures/payments.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/harness.ts";
import { expectInvariants } from "../../../test/invariants.ts";
import { createSimulatedReaders } from "./simulated-readers.ts";

let platform: TestPlatform | undefined;
const readers = createSimulatedReaders({
  autoApproveAfterMs: null,
  collectTimeoutMs: 60_000,
  now: () => (platform?.clock.now() ?? new Date()).getTime(),
});
beforeAll(async () => {
  platform = await createTestPlatform({}, { gateways: { readers } });
});
afterEach(async () => {
  await expectInvariants(p().db);
});
afterAll(async () => {
  await p().close();
});
const p = () => platform as TestPlatform;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return (error.cause as { code?: string })?.code ?? error.code;
    throw error;
  }
  return "OK";
}

async function counter(kind: "boxoffice" | "kiosk" = "boxoffice") {
  const scenario = await createShowScenario(p().db, p().clock.now());
  const device = await createTerminal(p().db, scenario, kind);
  const [cashier] = await createUsers(p().db, 1, "cashier");
  const at = p().caller(kind === "boxoffice" ? { device, user: cashier } : { device });
  return { scenario, device, cashier: cashier!, at };
}

describe("cash at the box office", () => {
  it("takes cash with change due, against the cashier's open shift, and pays refunds out of the drawer", async () => {
    const { scenario, at } = await counter();
    await at.shifts.open({ currency: "INR", openingFloatMinor: 10_000 });
    const hold = await at.inventory.hold({ showId: scenario.showId, seatIds: scenario.seatIds.slice(0, 2) });
    const order = await at.booking.checkout({
      holdId: hold.holdId,
      payment: { gateway: "cash", tenderedMinor: 60_000 },
      idempotencyKey: idempotencyKey(),
    });
    expect(order.status).toBe("confirmed");
    expect(order.payment).toMatchObject({
      gateway: "cash",
      status: "succeeded",
      tendered: { amountMinor: 60_000, currency: "INR" },
      change: { amountMinor: 10_000, currency: "INR" },
    });
    expect((await at.shifts.current())?.expected.amountMinor).toBe(10_000 + 50_000);

    await at.booking.cancel({ orderId: order.id, ticketIds: [order.tickets[0]!.id] });
    expect((await at.shifts.current())?.expected.amountMinor).toBe(10_000 + 50_000 - 25_000);
    const closed = await at.shifts.close({ countedMinor: 34_000 });
    expect(closed).toMatchObject({ expected: { amountMinor: 35_000 }, difference: { amountMinor: -1_000 } });
    expect(closed.closedAt).not.toBeNull();
    expect(await at.shifts.current()).toBeNull();
  });

  it("refuses cash online, without an open shift, and when too little is handed over, keeping the hold", async () => {
    const { scenario, at } = await counter();
    const [buyer] = await createUsers(p().db, 1);
    const online = p().caller({ user: buyer });
    const webHold = await online.inventory.hold({ showId: scenario.showId, seatIds: [scenario.seatIds[5]!] });
    expect(
      await codeOf(
        online.booking.checkout({
          holdId: webHold.holdId,
          payment: { gateway: "cash", tenderedMinor: 25_000 },
          idempotencyKey: idempotencyKey(),
        }),
      ),
    ).toBe("PAYMENT_METHOD_NOT_ALLOWED");

    const hold = await at.inventory.hold({ showId: scenario.showId, seatIds: [scenario.seatIds[0]!] });
    const pay = (tenderedMinor: number) =>
      at.booking.checkout({
        holdId: hold.holdId,
        payment: { gateway: "cash", tenderedMinor },
        idempotencyKey: idempotencyKey(),
      });
    expect(await codeOf(pay(30_000))).toBe("SHIFT_NOT_OPEN");
    await at.shifts.open({ currency: "INR", openingFloatMinor: 0 });
    expect(await codeOf(at.shifts.open({ currency: "INR", openingFloatMinor: 0 }))).toBe(
      "SHIFT_ALREADY_OPEN",
    );
    expect(await codeOf(pay(24_999))).toBe("VALIDATION_FAILED");
    const map = await at.inventory.seatMap({ showId: scenario.showId });
    expect(map.seats.find((s) => s.id === scenario.seatIds[0])?.status).toBe("held");
    expect((await pay(25_000)).payment?.change).toEqual({ amountMinor: 0, currency: "INR" });
    expect((await at.shifts.current())?.expected.amountMinor).toBe(25_000);
  });
});

describe("card-present at box office and kiosk", () => {
  it("hands the payment to a reader and confirms once the customer's card is approved", async () => {
    const { scenario, at } = await counter("kiosk");
    const hold = await at.inventory.hold({ showId: scenario.showId, seatIds: [scenario.seatIds[0]!] });
    const order = await at.booking.checkout({
      holdId: hold.holdId,
      payment: { gateway: "card_present", readerId: "sim-reader-1" },
      idempotencyKey: idempotencyKey(),
    });
    expect(order.payment).toMatchObject({
      gateway: "card_present",
      status: "requires_action",
      nextAction: "present_card",
    });
    const waiting = await at.booking.completePayment({ orderId: order.id, approve: true });
    expect(waiting.payment?.nextAction).toBe("present_card");
    readers.present("sim-reader-1", "approve");
    const paid = await at.booking.completePayment({ orderId: order.id, approve: true });
    expect(paid.status).toBe("confirmed");
    expect(paid.tickets).toHaveLength(1);
    expect((await paymentOf(p().db, order.id)).capturedMinor).toBe(25_000);

    const cancelled = await at.booking.cancel({ orderId: order.id });
    expect(cancelled.order.refunded.amountMinor).toBe(25_000);
  });

  it("reports a decline, a reader timeout, a customer who walks away and a cashier who cancels, keeping the hold", async () => {
    const { scenario, at } = await counter("boxoffice");
    const seatId = scenario.seatIds[0]!;
    const hold = await at.inventory.hold({ showId: scenario.showId, seatIds: [seatId] });
    const startAtReader = () =>
      at.booking.checkout({
        holdId: hold.holdId,
        payment: { gateway: "card_present", readerId: "sim-reader-2" },
        idempotencyKey: idempotencyKey(),
      });
    const failureOf = async (orderId: string) => {
      try {
        await at.booking.completePayment({ orderId, approve: true });
      } catch (error) {
        return (error as TRPCError & { cause: { details?: { failureCode?: string } } }).cause.details
          ?.failureCode;
      }
      return "no failure";
    };

    const declined = await startAtReader();
    readers.present("sim-reader-2", "decline");
    expect(await failureOf(declined.id)).toBe("card_declined");

    const timedOut = await startAtReader();
    p().clock.advance(61_000);
    expect(await failureOf(timedOut.id)).toBe("reader_timeout");

    const walkedAway = await startAtReader();
    readers.present("sim-reader-2", "customer_cancel");
    expect(await failureOf(walkedAway.id)).toBe("customer_cancelled");

    const cancelled = await startAtReader();
    expect(await codeOf(at.booking.completePayment({ orderId: cancelled.id, approve: false }))).toBe(
      "PAYMENT_DECLINED",
    );
    expect((await paymentOf(p().db, cancelled.id)).failureCode).toBe("canceled");

    const map = await at.inventory.seatMap({ showId: scenario.showId });
    expect(map.seats.find((s) => s.id === seatId)?.status).toBe("held");
    const last = await startAtReader();
    readers.present("sim-reader-2", "approve");
    expect((await at.booking.completePayment({ orderId: last.id, approve: true })).status).toBe("confirmed");
  });

  it("keeps card readers to terminals, and a busy reader to its payment", async () => {
    const { scenario, at } = await counter("kiosk");
    const [buyer] = await createUsers(p().db, 1);
    const online = p().caller({ user: buyer });
    const webHold = await online.inventory.hold({ showId: scenario.showId, seatIds: [scenario.seatIds[3]!] });
    expect(
      await codeOf(
        online.booking.checkout({
          holdId: webHold.holdId,
          payment: { gateway: "card_present", readerId: "sim-reader-1" },
          idempotencyKey: idempotencyKey(),
        }),
      ),
    ).toBe("PAYMENT_METHOD_NOT_ALLOWED");

    const other = await counter("kiosk");
    const first = await at.inventory.hold({ showId: scenario.showId, seatIds: [scenario.seatIds[0]!] });
    const second = await other.at.inventory.hold({
      showId: other.scenario.showId,
      seatIds: [other.scenario.seatIds[0]!],
    });
    const firstOrder = await at.booking.checkout({
      holdId: first.holdId,
      payment: { gateway: "card_present", readerId: "sim-reader-1" },
      idempotencyKey: idempotencyKey(),
    });
    expect(
      await codeOf(
        other.at.booking.checkout({
          holdId: second.holdId,
          payment: { gateway: "card_present", readerId: "sim-reader-1" },
          idempotencyKey: idempotencyKey(),
        }),
      ),
    ).toBe("PAYMENT_DECLINED");
    await at.booking.completePayment({ orderId: firstOrder.id, approve: false }).catch(() => undefined);
    expect((await p().caller().payments.config()).readers.map((r) => r.id)).toEqual([
      "sim-reader-1",
      "sim-reader-2",
    ]);
  });
});
