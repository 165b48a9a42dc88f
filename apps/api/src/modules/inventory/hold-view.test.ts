import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../../test/errors.ts";
import { createShowScenario, createUsers, goodCard, idempotencyKey } from "../../../test/fixtures/booking.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/harness.ts";

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

describe("inventory.holdStatus", () => {
  it("tells the owner what is held and until when, through extension and payment", async () => {
    const scenario = await createShowScenario(platform.db, platform.clock.now());
    const [buyer] = await createUsers(platform.db, 1);
    const asBuyer = platform.caller({ user: buyer });
    const [a1, a2] = scenario.seatIds;
    const hold = await asBuyer.inventory.hold({ showId: scenario.showId, seatIds: [a1!, a2!] });

    const seen = await asBuyer.inventory.holdStatus({ holdId: hold.holdId });
    expect(seen).toMatchObject({ status: "active", showId: scenario.showId, canExtend: true });
    expect(seen.expiresAt).toEqual(hold.expiresAt);
    expect(seen.seatIds.sort()).toEqual([a1, a2].sort());

    const extended = await asBuyer.inventory.extend({ holdId: hold.holdId });
    expect(await asBuyer.inventory.holdStatus({ holdId: hold.holdId })).toMatchObject({
      canExtend: false,
      expiresAt: extended.expiresAt,
    });

    await asBuyer.booking.checkout({
      holdId: hold.holdId,
      payment: goodCard,
      idempotencyKey: idempotencyKey(),
    });
    expect(await asBuyer.inventory.holdStatus({ holdId: hold.holdId })).toMatchObject({
      status: "converted",
      canExtend: false,
    });
  });

  it("is nobody else's business", async () => {
    const scenario = await createShowScenario(platform.db, platform.clock.now());
    const [buyer, other] = await createUsers(platform.db, 2);
    const hold = await platform
      .caller({ user: buyer })
      .inventory.hold({ showId: scenario.showId, seatIds: [scenario.seatIds[0]!] });
    expect(await codeOf(platform.caller({ user: other }).inventory.holdStatus({ holdId: hold.holdId }))).toBe(
      "HOLD_NOT_FOUND",
    );
    expect(await codeOf(platform.caller().inventory.holdStatus({ holdId: hold.holdId }))).toBe(
      "UNAUTHENTICATED",
    );
  });
});
