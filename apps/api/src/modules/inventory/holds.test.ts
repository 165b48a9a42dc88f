import { schema } from "@marquee/db";
import type { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../../test/errors.ts";
import { createShowScenario, createUsers } from "../../../test/fixtures/booking.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/harness.ts";
import { expectInvariants } from "../../../test/invariants.ts";
import { releaseExpiredHolds } from "./expiry.ts";

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

describe("inventory.hold", () => {
  it("holds chosen seats all-or-nothing, bumps the version and writes a delta", async () => {
    const scenario = await createShowScenario(platform.db, platform.clock.now());
    const [buyer, other] = await createUsers(platform.db, 2);
    const asBuyer = platform.caller({ user: buyer });
    const before = await asBuyer.inventory.seatMap({ showId: scenario.showId });
    const [a1, a2, a3] = scenario.seatIds;

    const hold = await asBuyer.inventory.hold({ showId: scenario.showId, seatIds: [a1!, a2!] });
    expect(hold.seatIds.sort()).toEqual([a1, a2].sort());
    expect(hold.expiresAt.getTime() - platform.clock.now().getTime()).toBe(10 * 60_000);

    const after = await asBuyer.inventory.seatMap({ showId: scenario.showId });
    expect(after.version).toBe(before.version + 1);
    expect(
      after.seats
        .filter((s) => s.status === "held")
        .map((s) => s.id)
        .sort(),
    ).toEqual([a1, a2].sort());

    // a2 is taken: a request for a2 + a3 takes neither.
    expect(
      await codeOf(
        platform.caller({ user: other }).inventory.hold({ showId: scenario.showId, seatIds: [a2!, a3!] }),
      ),
    ).toBe("SEAT_UNAVAILABLE");
    const [a3Row] = await platform.db.select().from(schema.showSeats).where(eq(schema.showSeats.seatId, a3!));
    expect(a3Row?.status).toBe("available");

    const deltas = await platform.db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.aggregateId, scenario.showId));
    expect(deltas.at(-1)?.payload).toMatchObject({
      showId: scenario.showId,
      version: after.version,
      changes: expect.arrayContaining([{ seatId: a1, status: "held" }]),
    });
  });

  it("lets exactly one of 300 concurrent buyers have the last seat", async () => {
    const scenario = await createShowScenario(platform.db, platform.clock.now(), { rows: 1, seatsPerRow: 1 });
    const buyers = await createUsers(platform.db, 300);
    const lastSeat = scenario.seatIds[0]!;
    const results = await Promise.allSettled(
      buyers.map((user) =>
        platform.caller({ user }).inventory.hold({ showId: scenario.showId, seatIds: [lastSeat] }),
      ),
    );
    const winners = results.filter((r) => r.status === "fulfilled");
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) {
      expect((loser.reason as TRPCError).cause).toMatchObject({ code: "SEAT_UNAVAILABLE" });
    }
    await expectInvariants(platform.db);
  });

  it("gives overlapping multi-seat requests pairwise disjoint seats", async () => {
    const scenario = await createShowScenario(platform.db, platform.clock.now(), {
      rows: 2,
      seatsPerRow: 10,
    });
    const buyers = await createUsers(platform.db, 60);
    const requests = buyers.map((user, i) => {
      const start = (i * 3) % 17;
      return platform
        .caller({ user })
        .inventory.hold({ showId: scenario.showId, seatIds: scenario.seatIds.slice(start, start + 4) });
    });
    const won = (await Promise.allSettled(requests)).flatMap((r) =>
      r.status === "fulfilled" ? [r.value] : [],
    );
    expect(won.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const hold of won) {
      for (const seat of hold.seatIds) {
        expect(seen.has(seat)).toBe(false);
        seen.add(seat);
      }
    }
    const held = await platform.db
      .select()
      .from(schema.showSeats)
      .where(eq(schema.showSeats.showId, scenario.showId));
    expect(held.filter((s) => s.status === "held")).toHaveLength(seen.size);
  });

  it("frees held seats exactly when the hold expires, sweeper or not", async () => {
    const scenario = await createShowScenario(platform.db, platform.clock.now());
    const [first, second] = await createUsers(platform.db, 2);
    const seat = scenario.seatIds[5]!;
    const hold = await platform
      .caller({ user: first })
      .inventory.hold({ showId: scenario.showId, seatIds: [seat] });
    platform.clock.set(new Date(hold.expiresAt.getTime() - 1));
    expect(
      await codeOf(
        platform.caller({ user: second }).inventory.hold({ showId: scenario.showId, seatIds: [seat] }),
      ),
    ).toBe("SEAT_UNAVAILABLE");
    platform.clock.set(hold.expiresAt);
    const map = await platform.caller({ user: second }).inventory.seatMap({ showId: scenario.showId });
    expect(map.seats.find((s) => s.id === seat)?.status).toBe("available");
    const taken = await platform
      .caller({ user: second })
      .inventory.hold({ showId: scenario.showId, seatIds: [seat] });
    expect(taken.seatIds).toEqual([seat]);
    // The sweeper later ends the old hold without touching the seat its new holder has.
    expect(await releaseExpiredHolds(platform.db, platform.clock.now())).toBeGreaterThanOrEqual(1);
    const [row] = await platform.db.select().from(schema.showSeats).where(eq(schema.showSeats.seatId, seat));
    expect(row).toMatchObject({ status: "held", holdId: taken.holdId });
  });

  it("answers bad requests with stable codes", async () => {
    const scenario = await createShowScenario(platform.db, platform.clock.now(), {
      rows: 2,
      seatsPerRow: 10,
    });
    const elsewhere = await createShowScenario(platform.db, platform.clock.now());
    const [buyer, stranger] = await createUsers(platform.db, 2);
    const asBuyer = platform.caller({ user: buyer });
    expect(
      await codeOf(
        asBuyer.inventory.hold({ showId: scenario.showId, seatIds: scenario.seatIds.slice(0, 11) }),
      ),
    ).toBe("TOO_MANY_SEATS");
    expect(
      await codeOf(
        asBuyer.inventory.hold({
          showId: "0190a000-0000-7000-8000-000000000000",
          seatIds: [scenario.seatIds[0]!],
        }),
      ),
    ).toBe("SHOW_NOT_FOUND");
    expect(
      await codeOf(asBuyer.inventory.hold({ showId: scenario.showId, seatIds: [elsewhere.seatIds[0]!] })),
    ).toBe("SEAT_NOT_IN_SHOW");
    expect(await codeOf(asBuyer.inventory.hold({ showId: scenario.showId, seatIds: ["not-a-uuid"] }))).toBe(
      "BAD_REQUEST",
    );
    expect(
      await codeOf(
        platform.caller().inventory.hold({ showId: scenario.showId, seatIds: [scenario.seatIds[0]!] }),
      ),
    ).toBe("UNAUTHENTICATED");

    const hold = await asBuyer.inventory.hold({ showId: scenario.showId, seatIds: [scenario.seatIds[0]!] });
    expect(
      await codeOf(asBuyer.inventory.hold({ showId: scenario.showId, seatIds: [scenario.seatIds[1]!] })),
    ).toBe("HOLD_LIMIT_REACHED");
    expect(await codeOf(platform.caller({ user: stranger }).inventory.release({ holdId: hold.holdId }))).toBe(
      "HOLD_NOT_FOUND",
    );

    const extended = await asBuyer.inventory.extend({ holdId: hold.holdId });
    expect(extended.expiresAt.getTime() - hold.expiresAt.getTime()).toBe(5 * 60_000);
    expect(await codeOf(asBuyer.inventory.extend({ holdId: hold.holdId }))).toBe("HOLD_ALREADY_EXTENDED");

    expect(await asBuyer.inventory.release({ holdId: hold.holdId })).toEqual({ released: true });
    expect(await asBuyer.inventory.release({ holdId: hold.holdId })).toEqual({ released: false });
    const again = await asBuyer.inventory.hold({ showId: scenario.showId, seatIds: [scenario.seatIds[0]!] });
    expect(again.seatIds).toHaveLength(1);
  });

  it("never offers a channel a seat it may not sell", async () => {
    const scenario = await createShowScenario(platform.db, platform.clock.now());
    const [buyer] = await createUsers(platform.db, 1);
    const houseSeat = scenario.seatIds[0]!;
    await platform.db
      .update(schema.showSeats)
      .set({ channels: ["boxoffice"] })
      .where(eq(schema.showSeats.seatId, houseSeat));
    const map = await platform.caller({ user: buyer }).inventory.seatMap({ showId: scenario.showId });
    expect(map.seats.find((s) => s.id === houseSeat)?.status).toBe("blocked");
    expect(
      await codeOf(
        platform.caller({ user: buyer }).inventory.hold({ showId: scenario.showId, seatIds: [houseSeat] }),
      ),
    ).toBe("SEAT_UNAVAILABLE");
  });

  it("picks the best seats together for a quantity", async () => {
    const scenario = await createShowScenario(platform.db, platform.clock.now(), {
      rows: 5,
      seatsPerRow: 10,
    });
    const [buyer] = await createUsers(platform.db, 1);
    const hold = await platform
      .caller({ user: buyer })
      .inventory.hold({ showId: scenario.showId, tierId: scenario.tierIds[0]!, quantity: 3 });
    expect(hold.seatIds).toHaveLength(3);
    const seats = await platform.db.select().from(schema.seats);
    const picked = seats.filter((s) => hold.seatIds.includes(s.id));
    expect(new Set(picked.map((s) => s.rowLabel)).size).toBe(1);
    const numbers = picked.map((s) => s.number).sort((a, b) => a - b);
    expect(numbers[2]! - numbers[0]!).toBe(2);
    expect(numbers).toContain(5);
  });

  it("spreads a rush of best-available requests over the house without collisions", async () => {
    const scenario = await createShowScenario(platform.db, platform.clock.now(), {
      rows: 10,
      seatsPerRow: 10,
    });
    const buyers = await createUsers(platform.db, 30);
    // A chosen-seat buyer lands first, so the picker must catch up from the outbox delta.
    await platform
      .caller({ user: buyers[0] })
      .inventory.hold({ showId: scenario.showId, seatIds: scenario.seatIds.slice(44, 47) });
    const holds = await Promise.all(
      buyers
        .slice(1)
        .map((user) =>
          platform
            .caller({ user })
            .inventory.hold({ showId: scenario.showId, tierId: scenario.tierIds[0]!, quantity: 3 }),
        ),
    );
    const seats = holds.flatMap((h) => h.seatIds);
    expect(seats).toHaveLength(29 * 3);
    expect(new Set(seats).size).toBe(seats.length);
    for (const taken of scenario.seatIds.slice(44, 47)) expect(seats).not.toContain(taken);
    await expectInvariants(platform.db);
  });

  it("sells general admission within capacity and frees expired GA holds at once", async () => {
    const scenario = await createShowScenario(platform.db, platform.clock.now(), { gaCapacity: 5 });
    const [a, b] = await createUsers(platform.db, 2);
    const tierId = scenario.tierIds[0]!;
    const first = await platform
      .caller({ user: a })
      .inventory.hold({ showId: scenario.showId, tierId, quantity: 4 });
    expect(first.generalAdmission).toEqual([{ quotaId: expect.any(String), quantity: 4 }]);
    expect(
      await codeOf(
        platform.caller({ user: b }).inventory.hold({ showId: scenario.showId, tierId, quantity: 2 }),
      ),
    ).toBe("NOT_ENOUGH_SEATS");
    platform.clock.set(first.expiresAt);
    const second = await platform
      .caller({ user: b })
      .inventory.hold({ showId: scenario.showId, tierId, quantity: 5 });
    expect(second.generalAdmission[0]?.quantity).toBe(5);
    await expectInvariants(platform.db);
  });
});
