import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
import type { AuthUser } from "../identity/principal.ts";
import { releaseExpiredHolds } from "../inventory/expiry.ts";

let platform: TestPlatform;
let users: AuthUser[];
beforeAll(async () => {
  platform = await createTestPlatform();
  users = await createUsers(platform.db, 3);
});
afterAll(() => platform.close());

const user = fc.integer({ min: 0, max: 2 });
// Weighted towards the steps that move money and seats, so runs reach paid and cancelled orders.
const operation = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant("hold" as const),
      user,
      seats: fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("holdBest" as const),
      user,
      quantity: fc.integer({ min: 1, max: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("release" as const), user }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("advance" as const), minutes: fc.integer({ min: 1, max: 12 }) }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant("checkout" as const),
      user,
      card: fc.constantFrom(goodCard, goodCard, declinedCard, confirmCard),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("complete" as const), user, approve: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("cancel" as const), user, oneTicket: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("sweep" as const) }) },
);

/** Domain refusals are part of the game; anything else (a 500) fails the property. */
async function attempt<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return undefined;
    throw error;
  }
}

describe("booking invariants under random operation sequences", () => {
  it("keeps every invariant of DESIGN.md", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 8, maxLength: 30 }), async (ops) => {
        const scenario = await createShowScenario(platform.db, platform.clock.now(), {
          rows: 2,
          seatsPerRow: 4,
        });
        const holds = new Map<number, string>();
        const orders = new Map<number, { id: string; ticketIds: string[] }>();
        for (const step of ops) {
          const caller = "user" in step ? platform.caller({ user: users[step.user] }) : platform.caller();
          switch (step.op) {
            case "hold":
            case "holdBest": {
              const input =
                step.op === "hold"
                  ? { showId: scenario.showId, seatIds: step.seats.map((i) => scenario.seatIds[i] ?? "") }
                  : { showId: scenario.showId, tierId: scenario.tierIds[0] ?? "", quantity: step.quantity };
              const hold = await attempt(caller.inventory.hold(input));
              if (hold) holds.set(step.user, hold.holdId);
              break;
            }
            case "release": {
              const holdId = holds.get(step.user);
              if (holdId) await attempt(caller.inventory.release({ holdId }));
              break;
            }
            case "advance":
              platform.clock.advance(step.minutes * 60_000);
              break;
            case "checkout": {
              const holdId = holds.get(step.user);
              if (!holdId) break;
              const order = await attempt(
                caller.booking.checkout({ holdId, payment: step.card, idempotencyKey: idempotencyKey() }),
              );
              if (order) orders.set(step.user, { id: order.id, ticketIds: order.tickets.map((t) => t.id) });
              break;
            }
            case "complete": {
              const order = orders.get(step.user);
              if (!order) break;
              const paid = await attempt(
                caller.booking.completePayment({ orderId: order.id, approve: step.approve }),
              );
              if (paid) orders.set(step.user, { id: paid.id, ticketIds: paid.tickets.map((t) => t.id) });
              break;
            }
            case "cancel": {
              const order = orders.get(step.user);
              if (!order) break;
              const ticketIds = step.oneTicket && order.ticketIds[0] ? [order.ticketIds[0]] : undefined;
              await attempt(caller.booking.cancel({ orderId: order.id, ticketIds }));
              break;
            }
            case "sweep":
              await releaseExpiredHolds(platform.db, platform.clock.now());
              break;
          }
          await expectInvariants(platform.db);
        }
        // Every seat of the show is in exactly one state, and the map agrees with the table.
        const map = await platform.caller().inventory.seatMap({ showId: scenario.showId });
        expect(map.seats).toHaveLength(8);
      }),
      { numRuns: 30 },
    );
    // The runs must have reached the interesting states, or the property proved little.
    const reached = await platform.db.execute<{ confirmed: number; refunded: number }>(sql`
      select count(*) filter (where status in ('confirmed', 'partially_refunded'))::int as confirmed,
             count(*) filter (where status in ('refunded', 'cancelled', 'partially_refunded'))::int as refunded
      from orders`);
    expect(reached[0]?.confirmed).toBeGreaterThan(0);
    expect(reached[0]?.refunded).toBeGreaterThan(0);
  });
});
