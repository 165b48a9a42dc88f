import { schema } from "@marquee/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCity, createOrganization, createVenueWithHall } from "../../../test/fixtures/catalog.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/harness.ts";
import { addMember, createAccount, failureOf, PASSWORD } from "../../../test/identity.ts";
import { memoryExchange } from "../../../test/memory-exchange.ts";
import { resolvePrincipal } from "./principal.ts";

let platform: TestPlatform;
let venueId: string;
let otherVenueId: string;
let manager: { id: string; role: "organizer" };
beforeAll(async () => {
  platform = await createTestPlatform();
  const organization = await createOrganization(platform.db);
  const city = await createCity(platform.db);
  const hall = await createVenueWithHall(platform.db, {
    organizationId: organization.id,
    cityId: city.id,
    rows: 1,
    seatsPerRow: 2,
  });
  venueId = hall.venue.id;
  const otherOrganization = await createOrganization(platform.db);
  const other = await createVenueWithHall(platform.db, {
    organizationId: otherOrganization.id,
    cityId: city.id,
    rows: 1,
    seatsPerRow: 2,
  });
  otherVenueId = other.venue.id;
  const account = await createAccount(platform.db, { role: "organizer" });
  await addMember(platform.db, organization.id, account.id, "manager");
  manager = { id: account.id, role: "organizer" };
});
afterAll(() => platform.close());

/** The terminal (and user) the API sees for these headers. */
const principalFor = (headers: Record<string, string>) => resolvePrincipal(memoryExchange(headers), platform);

async function pairedBoxOffice() {
  const { code } = await platform
    .caller({ user: manager })
    .devices.createPairingCode({ venueId, kind: "boxoffice" });
  return platform.caller().devices.pair({ code, name: "Counter 2" });
}

describe("device pairing", () => {
  it("turns a one-time code into a credential scoped to the venue", async () => {
    const { code, expiresAt } = await platform
      .caller({ user: manager })
      .devices.createPairingCode({ venueId, kind: "kiosk" });
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(expiresAt.getTime() - platform.clock.now().getTime()).toBe(10 * 60_000);
    const paired = await platform.caller().devices.pair({ code: code.toLowerCase(), name: "Lobby kiosk" });
    expect(paired).toMatchObject({ venueId, kind: "kiosk" });
    const { device } = await principalFor({ "x-marquee-device": paired.deviceKey });
    expect(device).toMatchObject({ terminalId: paired.terminalId, venueId, kind: "kiosk" });
    // Once only.
    expect((await failureOf(platform.caller().devices.pair({ code, name: "Again" }))).code).toBe(
      "PAIRING_CODE_INVALID",
    );
    const [terminal] = await platform.db
      .select()
      .from(schema.terminals)
      .where(eq(schema.terminals.id, paired.terminalId));
    expect(terminal?.credentialHash).not.toContain(paired.deviceKey.split(".")[1]);
  });

  it("refuses expired codes", async () => {
    const { code } = await platform
      .caller({ user: manager })
      .devices.createPairingCode({ venueId, kind: "kiosk" });
    platform.clock.advance(11 * 60_000);
    try {
      expect((await failureOf(platform.caller().devices.pair({ code, name: "Late" }))).code).toBe(
        "PAIRING_CODE_INVALID",
      );
    } finally {
      platform.clock.advance(-11 * 60_000);
    }
  });

  it("lets only the venue's own organization create codes", async () => {
    expect(
      (
        await failureOf(
          platform
            .caller({ user: manager })
            .devices.createPairingCode({ venueId: otherVenueId, kind: "kiosk" }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });

  it("audits pairing and revocation, and a revoked device is a stranger", async () => {
    const paired = await pairedBoxOffice();
    await platform.caller({ user: manager }).devices.revoke({ terminalId: paired.terminalId });
    expect((await principalFor({ "x-marquee-device": paired.deviceKey })).device).toBeNull();
    const actions = (
      await platform.db
        .select({ action: schema.auditLog.action, subjectId: schema.auditLog.subjectId })
        .from(schema.auditLog)
    )
      .filter((entry) => entry.subjectId === paired.terminalId)
      .map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(["terminal.paired", "terminal.revoked"]));
  });
});

describe("cashier sign-in at a terminal", () => {
  async function cashierAtVenue() {
    const cashier = await createAccount(platform.db, { role: "cashier" });
    await platform.db.insert(schema.cashierVenues).values({ userId: cashier.id, venueId });
    await platform.caller({ user: cashier }).account.setPin({ pin: "482913", password: PASSWORD });
    return cashier;
  }

  it("signs in with PIN plus device credential; the token works only from that terminal", async () => {
    const cashier = await cashierAtVenue();
    const paired = await pairedBoxOffice();
    const device = (await principalFor({ "x-marquee-device": paired.deviceKey })).device;
    const session = await platform.caller({ device }).devices.signIn({ email: cashier.email, pin: "482913" });
    expect(session.user.id).toBe(cashier.id);

    const fromTerminal = await principalFor({
      authorization: `Bearer ${session.accessToken}`,
      "x-marquee-device": paired.deviceKey,
    });
    expect(fromTerminal.user?.id).toBe(cashier.id);
    // The same token without the device credential, or from another terminal, is nobody.
    expect((await principalFor({ authorization: `Bearer ${session.accessToken}` })).user).toBeNull();
    const another = await pairedBoxOffice();
    expect(
      (
        await principalFor({
          authorization: `Bearer ${session.accessToken}`,
          "x-marquee-device": another.deviceKey,
        })
      ).user,
    ).toBeNull();

    // Revoking the terminal ends the cashier's session there.
    await platform.caller({ user: manager }).devices.revoke({ terminalId: paired.terminalId });
    expect(
      (await failureOf(platform.caller().auth.refresh({ refreshToken: session.refreshToken }))).code,
    ).toBe("SESSION_INVALID");
  });

  it("refuses a cashier of another venue, a wrong PIN, and locks after five wrong PINs", async () => {
    const cashier = await cashierAtVenue();
    const outsider = await createAccount(platform.db, { role: "cashier" });
    await platform.caller({ user: outsider }).account.setPin({ pin: "739164", password: PASSWORD });
    const paired = await pairedBoxOffice();
    const device = (await principalFor({ "x-marquee-device": paired.deviceKey })).device;
    expect(
      (await failureOf(platform.caller({ device }).devices.signIn({ email: outsider.email, pin: "739164" })))
        .code,
    ).toBe("INVALID_CREDENTIALS");
    for (let i = 0; i < 5; i++) {
      expect(
        (await failureOf(platform.caller({ device }).devices.signIn({ email: cashier.email, pin: "000001" })))
          .code,
      ).toBe("INVALID_CREDENTIALS");
    }
    expect(
      (await failureOf(platform.caller({ device }).devices.signIn({ email: cashier.email, pin: "482913" })))
        .code,
    ).toBe("RATE_LIMITED");
  });

  it("refuses PIN sign-in at a kiosk and trivial PINs", async () => {
    const cashier = await cashierAtVenue();
    const { code } = await platform
      .caller({ user: manager })
      .devices.createPairingCode({ venueId, kind: "kiosk" });
    const kiosk = await platform.caller().devices.pair({ code, name: "Kiosk" });
    const device = (await principalFor({ "x-marquee-device": kiosk.deviceKey })).device;
    expect(
      (await failureOf(platform.caller({ device }).devices.signIn({ email: cashier.email, pin: "482913" })))
        .code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await failureOf(
          platform.caller({ user: cashier }).account.setPin({ pin: "123456", password: PASSWORD }),
        )
      ).code,
    ).toBe("PASSWORD_REJECTED");
  });
});
