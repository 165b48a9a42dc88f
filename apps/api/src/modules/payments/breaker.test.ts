import { TRPCError } from "@trpc/server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  createShowScenario,
  createUsers,
  idempotencyKey,
  type ShowScenario,
} from "../../../test/fixtures/booking.ts";
import {
  createStripeTestbed,
  paymentOf,
  type StripeTestbed,
  stripePayment,
} from "../../../test/fixtures/payments.ts";
import { expectInvariants } from "../../../test/invariants.ts";
import type { GuardedGateway } from "./breaker.ts";

const OPEN_MS = 300;
let bed: StripeTestbed;
let scenario: ShowScenario;
let nextSeat = 0;
beforeAll(async () => {
  bed = await createStripeTestbed({
    env: {
      PAYMENT_BREAKER_FAILURES: "3",
      PAYMENT_BREAKER_OPEN_MS: String(OPEN_MS),
      PAYMENT_GATEWAY_TIMEOUT_MS: "400",
    },
  });
  scenario = await createShowScenario(bed.platform.db, bed.platform.clock.now(), {
    rows: 2,
    seatsPerRow: 10,
  });
});
afterEach(async () => {
  bed.stripe.mode = "up";
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

async function holdOneSeat() {
  const [buyer] = await createUsers(bed.platform.db, 1);
  const asBuyer = bed.platform.caller({ user: buyer });
  const seatId = scenario.seatIds[nextSeat++]!;
  const hold = await asBuyer.inventory.hold({ showId: scenario.showId, seatIds: [seatId] });
  const checkout = (key = idempotencyKey()) =>
    asBuyer.booking.checkout({ holdId: hold.holdId, payment: stripePayment, idempotencyKey: key });
  const seatStatus = async () =>
    (await asBuyer.inventory.seatMap({ showId: scenario.showId })).seats.find((s) => s.id === seatId)?.status;
  return { asBuyer, hold, checkout, seatStatus };
}

const circuit = () => (bed.platform.gateways.stripe as GuardedGateway).circuit();

describe("payment gateway circuit breaker", () => {
  it("keeps the hold when Stripe is down, and the same request succeeds once it is back", async () => {
    const { checkout, seatStatus, asBuyer } = await holdOneSeat();
    const key = idempotencyKey();
    bed.stripe.mode = "down";
    expect(await codeOf(checkout(key))).toBe("PAYMENT_GATEWAY_UNAVAILABLE");
    expect(await seatStatus()).toBe("held");

    bed.stripe.mode = "up";
    const order = await checkout(key);
    expect(order.payment).toMatchObject({ status: "requires_action", nextAction: "stripe_payment_element" });
    const payment = await paymentOf(bed.platform.db, order.id);
    const intents = [...bed.stripe.intents.values()].filter((pi) => pi.metadata.paymentId === payment.id);
    expect(intents).toHaveLength(1);
    expect((await asBuyer.booking.order({ orderId: order.id })).payment?.clientSecret).toBe(
      intents[0]?.client_secret,
    );
  });

  it("opens after repeated failures, fails fast without calling Stripe, and closes when Stripe is back", async () => {
    bed.stripe.mode = "down";
    for (let i = 0; i < 3; i++) {
      const { checkout } = await holdOneSeat();
      expect(await codeOf(checkout())).toBe("PAYMENT_GATEWAY_UNAVAILABLE");
    }
    expect(circuit()).toBe("open");
    const reached = bed.stripe.requests.length;
    const { checkout, seatStatus } = await holdOneSeat();
    expect(await codeOf(checkout())).toBe("PAYMENT_GATEWAY_UNAVAILABLE");
    expect(bed.stripe.requests.length).toBe(reached);
    expect(await seatStatus()).toBe("held");

    bed.stripe.mode = "up";
    await new Promise((resolve) => setTimeout(resolve, OPEN_MS + 50));
    const order = await checkout();
    expect(order.payment?.status).toBe("requires_action");
    expect(circuit()).toBe("closed");
  });

  it("gives up on a gateway that hangs, keeping the hold", async () => {
    const { checkout, seatStatus } = await holdOneSeat();
    bed.stripe.mode = "slow";
    bed.stripe.slowMs = 1_500;
    expect(await codeOf(checkout())).toBe("PAYMENT_GATEWAY_UNAVAILABLE");
    expect(await seatStatus()).toBe("held");
  });
});
