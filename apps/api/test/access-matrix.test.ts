import { randomBytes, randomUUID } from "node:crypto";
import { schema } from "@marquee/db";
import { TRPCError } from "@trpc/server";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admits } from "../src/modules/identity/access-policy.ts";
import type { AuthDevice, AuthUser } from "../src/modules/identity/principal.ts";
import { hashDeviceSecret } from "../src/modules/identity/principal.ts";
import { appRouter } from "../src/router.ts";
import type { ProcedureMeta } from "../src/trpc.ts";
import { createShowScenario, goodCard, idempotencyKey, type ShowScenario } from "./fixtures/booking.ts";
import { createShow, type VenueWithHall } from "./fixtures/catalog.ts";
import { createTestPlatform, type TestPlatform } from "./harness.ts";
import { accessTokenOf, addMember, createAccount, PASSWORD } from "./identity.ts";

/*
 * The access matrix: every procedure of the app router × every kind of caller, including
 * members and terminals of another organization. Each procedure has a case below saying who
 * may call it; a procedure without a declared access policy, or without a case here, fails.
 * "Denied" means UNAUTHENTICATED or FORBIDDEN, or the "not found" a procedure answers for
 * someone else's row; anything else (success, or a domain error about the input) is "allowed".
 */

const principals = [
  "anonymous",
  "buyer",
  "otherBuyer",
  "ownerA",
  "managerA",
  "checkinA",
  "ownerB",
  "cashierA",
  "boxofficeA",
  "counterA",
  "kioskA",
  "boxofficeB",
  "admin",
] as const;
type Principal = (typeof principals)[number];

interface World {
  a: ShowScenario;
  b: ShowScenario;
  cityId: string;
  users: Record<
    Exclude<Principal, "anonymous" | "boxofficeA" | "kioskA" | "boxofficeB" | "counterA">,
    AuthUser & { email: string }
  >;
  devices: Record<"boxofficeA" | "kioskA" | "boxofficeB" | "spareA", AuthDevice>;
  buyerSessionId: string;
  order: { id: string; ticketCode: string };
  cancellableOrderId: string;
  holds: Record<"release" | "extend" | "status" | "quote" | "checkout", string>;
  showIds: { cancel: string; reschedule: string };
  memberTarget: AuthUser & { email: string };
  roleTarget: AuthUser & { email: string };
  nextSeat(): string;
}

interface MatrixCase {
  input?: (world: World) => unknown;
  /** Who is let through; "gate" when it is exactly whom the declared access admits. */
  allowed: readonly Principal[] | "gate";
  /** "Not found" codes that mean "not yours" for this procedure. */
  hidden?: readonly string[];
}

const everyoneButAnonymous = principals.filter((p) => p !== "anonymous");
const orderReaders: Principal[] = [
  "buyer",
  "ownerA",
  "managerA",
  "checkinA",
  "boxofficeA",
  "counterA",
  "kioskA",
  "admin",
];
const venueAdmins: Principal[] = ["ownerA", "managerA", "admin"];
const signedInUsers: Principal[] = [
  "buyer",
  "otherBuyer",
  "ownerA",
  "managerA",
  "checkinA",
  "ownerB",
  "cashierA",
  "counterA",
  "admin",
];
const bogusToken = `mqe_${"A".repeat(43)}`;
const fakeJwt = `eyJhbGciOiJIUzI1NiJ9.${"e30"}.${"A".repeat(43)}`;

const cases: Record<string, MatrixCase> = {
  // identity: sign-in and sessions
  "auth.register": {
    input: () => ({ email: `m-${randomUUID()}@example.test`, password: PASSWORD, name: "Matrix" }),
    allowed: "gate",
  },
  "auth.login": {
    input: () => ({ email: `m-${randomUUID()}@example.test`, password: "wrong one" }),
    allowed: "gate",
  },
  "auth.me": { allowed: "gate" },
  "auth.refresh": { input: () => ({ refreshToken: `mqr_${"B".repeat(43)}` }), allowed: "gate" },
  "auth.logout": { input: () => ({}), allowed: "gate" },
  "auth.logoutEverywhere": { allowed: "gate" },
  "auth.socketToken": { allowed: "gate" },
  "auth.completeMfa": { input: () => ({ challengeToken: fakeJwt, code: "123456" }), allowed: "gate" },
  "auth.changePassword": {
    input: () => ({ currentPassword: "not the password", newPassword: "long enough new one" }),
    allowed: "gate",
  },
  "auth.verifyEmail": { input: () => ({ token: bogusToken }), allowed: "gate" },
  "auth.resendVerification": { allowed: "gate" },
  "auth.requestPasswordReset": { input: () => ({ email: "someone@example.test" }), allowed: "gate" },
  "auth.resetPassword": {
    input: () => ({ token: bogusToken, password: "long enough new one" }),
    allowed: "gate",
  },
  "auth.requestMagicLink": { input: () => ({ email: "someone@example.test" }), allowed: "gate" },
  "auth.signInWithLink": { input: () => ({ token: bogusToken }), allowed: "gate" },
  "auth.oidcProviders": { allowed: "gate" },
  "auth.oidcStart": { input: () => ({ provider: "google" }), allowed: "gate" },
  "auth.oidcFinish": {
    input: () => ({ provider: "google", callbackUrl: "http://localhost/cb?state=x" }),
    allowed: "gate",
  },
  // two-step verification: public gate, but only a signed-in user (or an enrolment token) gets further
  "mfa.status": { allowed: "gate" },
  "mfa.beginEnrolment": { input: () => ({}), allowed: signedInUsers },
  "mfa.confirmEnrolment": { input: () => ({ code: "000000" }), allowed: signedInUsers },
  "mfa.regenerateRecoveryCodes": { input: () => ({ code: "000000" }), allowed: "gate" },
  "mfa.disable": { input: () => ({ code: "000000" }), allowed: "gate" },
  // own account
  "account.sessions": { allowed: "gate" },
  "account.revokeSession": {
    input: (w) => ({ sessionId: w.buyerSessionId }),
    allowed: ["buyer"],
    hidden: ["NOT_FOUND"],
  },
  "account.setPin": { input: () => ({ pin: "583920", password: "not the password" }), allowed: "gate" },
  "account.exportData": { allowed: "gate" },
  "account.erase": { input: () => ({ confirmation: "not the password" }), allowed: "gate" },
  "account.consents": { allowed: "gate" },
  "account.setConsent": { input: () => ({ channel: "email", granted: false }), allowed: "gate" },
  // devices
  "devices.createPairingCode": {
    input: (w) => ({ venueId: w.a.venueId, kind: "kiosk" }),
    allowed: venueAdmins,
  },
  "devices.pair": { input: () => ({ code: "ZZZZ-ZZZZ", name: "Matrix" }), allowed: "gate" },
  "devices.list": { input: (w) => ({ venueId: w.a.venueId }), allowed: venueAdmins },
  "devices.revoke": { input: (w) => ({ terminalId: w.devices.spareA.terminalId }), allowed: venueAdmins },
  "devices.current": { allowed: "gate" },
  "devices.signIn": {
    input: (w) => ({ email: w.users.cashierA.email, pin: "111219" }),
    allowed: ["boxofficeA", "counterA", "boxofficeB"],
  },
  // organizations and administration
  "organizations.mine": { allowed: "gate" },
  "organizations.members": { input: (w) => ({ organizationId: w.a.organizationId }), allowed: venueAdmins },
  "organizations.setMember": {
    input: (w) => ({ organizationId: w.a.organizationId, email: w.memberTarget.email, role: "checkin" }),
    allowed: ["ownerA", "admin"],
  },
  "organizations.removeMember": {
    input: (w) => ({ organizationId: w.a.organizationId, userId: w.memberTarget.id }),
    allowed: ["ownerA", "admin"],
  },
  "organizations.assignCashier": {
    input: (w) => ({ venueId: w.a.venueId, email: w.users.cashierA.email, assigned: true }),
    allowed: venueAdmins,
  },
  "admin.users": { input: () => ({ query: "example" }), allowed: "gate" },
  "admin.setRole": { input: (w) => ({ userId: w.roleTarget.id, role: "buyer" }), allowed: "gate" },
  "admin.setDisabled": { input: (w) => ({ userId: w.roleTarget.id, disabled: false }), allowed: "gate" },
  "audit.list": {
    input: (w) => ({ organizationId: w.a.organizationId, limit: 10 }),
    allowed: ["ownerA", "admin"],
  },
  // catalog: open to all
  "catalog.cities": { allowed: "gate" },
  "catalog.events": { input: (w) => ({ cityId: w.cityId }), allowed: "gate" },
  "catalog.event": { input: (w) => ({ eventId: w.a.eventId }), allowed: "gate" },
  "catalog.show": { input: (w) => ({ showId: w.a.showId }), allowed: "gate" },
  "search.events": { input: (w) => ({ cityId: w.cityId }), allowed: "gate" },
  // inventory: a hold belongs to its web buyer or its terminal
  "inventory.seatMap": { input: (w) => ({ showId: w.a.showId }), allowed: "gate" },
  "inventory.hold": {
    input: (w) => ({ showId: w.a.showId, seatIds: [w.nextSeat()] }),
    allowed: everyoneButAnonymous,
  },
  "inventory.release": {
    input: (w) => ({ holdId: w.holds.release }),
    allowed: ["buyer"],
    hidden: ["HOLD_NOT_FOUND"],
  },
  "inventory.holdStatus": {
    input: (w) => ({ holdId: w.holds.status }),
    allowed: ["buyer"],
    hidden: ["HOLD_NOT_FOUND"],
  },
  "inventory.extend": {
    input: (w) => ({ holdId: w.holds.extend }),
    allowed: ["buyer"],
    hidden: ["HOLD_NOT_FOUND"],
  },
  // booking: an order is its buyer's, its organization's and the admins'
  "booking.quote": {
    input: (w) => ({ holdId: w.holds.quote }),
    allowed: ["buyer"],
    hidden: ["HOLD_NOT_FOUND"],
  },
  "booking.checkout": {
    input: (w) => ({ holdId: w.holds.checkout, payment: goodCard, idempotencyKey: idempotencyKey() }),
    allowed: ["buyer"],
    hidden: ["HOLD_NOT_FOUND"],
  },
  "booking.completePayment": {
    input: (w) => ({ orderId: w.order.id, approve: true }),
    allowed: ["buyer"],
    hidden: ["ORDER_NOT_FOUND"],
  },
  "booking.order": {
    input: (w) => ({ orderId: w.order.id }),
    allowed: orderReaders,
    hidden: ["ORDER_NOT_FOUND"],
  },
  "booking.myOrders": { input: () => ({}), allowed: "gate" },
  "booking.cancellationQuote": {
    input: (w) => ({ orderId: w.order.id }),
    allowed: orderReaders,
    hidden: ["ORDER_NOT_FOUND"],
  },
  "booking.cancel": {
    input: (w) => ({ orderId: w.cancellableOrderId }),
    // Cancelling refunds money: check-in staff and kiosks may see an order but not cancel it.
    allowed: orderReaders.filter((p) => p !== "checkinA" && p !== "kioskA"),
    hidden: ["ORDER_NOT_FOUND"],
  },
  "receipts.documents": {
    input: (w) => ({ orderId: w.order.id }),
    allowed: orderReaders,
    hidden: ["ORDER_NOT_FOUND"],
  },
  // tickets: anyone may verify; the venue's terminals, its organization and admins check in
  "tickets.verify": { input: (w) => ({ code: w.order.ticketCode }), allowed: "gate" },
  "tickets.checkIn": {
    input: (w) => ({ code: w.order.ticketCode }),
    allowed: ["ownerA", "managerA", "checkinA", "boxofficeA", "counterA", "kioskA", "admin"],
  },
  "tickets.venueKeys": { input: (w) => ({ venueId: w.a.venueId }), allowed: "gate" },
  // payments, shifts, show changes, notifications, background jobs
  "payments.config": { allowed: "gate" },
  "payments.reconciliationFindings": { input: () => ({ limit: 5 }), allowed: "gate" },
  "payments.reconcile": { allowed: "gate" },
  "shifts.current": { allowed: ["counterA"] },
  "shifts.open": { input: () => ({ currency: "INR", openingFloatMinor: 10_000 }), allowed: ["counterA"] },
  "shifts.close": { input: () => ({ countedMinor: 10_000 }), allowed: ["counterA"] },
  "showChanges.cancel": {
    input: (w) => ({ showId: w.showIds.cancel, reason: "Matrix" }),
    allowed: venueAdmins,
  },
  "showChanges.reschedule": {
    input: (w) => ({ showId: w.showIds.reschedule, startsAt: new Date(Date.now() + 9 * 86_400_000) }),
    allowed: venueAdmins,
  },
  "notifications.list": { input: () => ({}), allowed: "gate" },
  "notifications.unreadCount": { allowed: "gate" },
  "notifications.markRead": { input: () => ({ all: true }), allowed: "gate" },
  "jobs.queues": { allowed: "gate" },
  "jobs.failed": { input: () => ({ queue: "maintenance" }), allowed: "gate" },
  "jobs.retry": { input: () => ({ queue: "maintenance", jobId: "no-such-job" }), allowed: "gate" },
  "jobs.outbox": { allowed: "gate" },
};

const DENIALS = new Set(["UNAUTHENTICATED", "FORBIDDEN"]);
const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: ProcedureMeta } }>;

let platform: TestPlatform;
let world: World;

function contextOf(principal: Principal): { user: AuthUser | null; device: AuthDevice | null } {
  switch (principal) {
    case "anonymous":
      return { user: null, device: null };
    case "boxofficeA":
    case "kioskA":
    case "boxofficeB":
      return { user: null, device: world.devices[principal] };
    case "counterA":
      return {
        user: { ...world.users.cashierA, terminalId: world.devices.boxofficeA.terminalId },
        device: world.devices.boxofficeA,
      };
    default:
      return { user: world.users[principal], device: null };
  }
}

async function outcomeOf(path: string, principal: Principal): Promise<string> {
  const matrixCase = cases[path];
  const input = await matrixCase?.input?.(world);
  // biome-ignore lint/suspicious/noExplicitAny: walking the caller proxy by path
  let target: any = platform.caller(contextOf(principal));
  for (const key of path.split(".")) target = target[key];
  try {
    await target(input);
    return "OK";
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const cause = error.cause as { code?: unknown } | undefined;
    return typeof cause?.code === "string" ? cause.code : error.code;
  }
}

async function createTerminal(
  organizationId: string,
  venueId: string,
  kind: "boxoffice" | "kiosk",
): Promise<AuthDevice> {
  const [terminal] = await platform.db
    .insert(schema.terminals)
    .values({
      organizationId,
      venueId,
      kind,
      name: `${kind} ${randomBytes(2).toString("hex")}`,
      credentialHash: hashDeviceSecret(randomBytes(16).toString("hex")),
      pairedAt: new Date(),
    })
    .returning({ id: schema.terminals.id });
  if (!terminal) throw new Error("terminal not inserted");
  return { terminalId: terminal.id, organizationId, venueId, kind };
}

beforeAll(async () => {
  platform = await createTestPlatform();
  const db = platform.db;
  const now = platform.clock.now();
  const a = await createShowScenario(db, now, { rows: 8, seatsPerRow: 10 });
  const b = await createShowScenario(db, now);
  const [venue] = await db
    .select({ cityId: schema.venues.cityId })
    .from(schema.venues)
    .where(eq(schema.venues.id, a.venueId));

  const account = (role: "buyer" | "organizer" | "cashier" | "admin") => createAccount(db, { role });
  const users = {
    buyer: await account("buyer"),
    otherBuyer: await account("buyer"),
    ownerA: await account("organizer"),
    managerA: await account("organizer"),
    checkinA: await account("organizer"),
    ownerB: await account("organizer"),
    cashierA: await account("cashier"),
    admin: await account("admin"),
  };
  await addMember(db, a.organizationId, users.ownerA.id, "owner");
  await addMember(db, a.organizationId, users.managerA.id, "manager");
  await addMember(db, a.organizationId, users.checkinA.id, "checkin");
  await addMember(db, b.organizationId, users.ownerB.id, "owner");
  await db.insert(schema.cashierVenues).values({ userId: users.cashierA.id, venueId: a.venueId });
  const devices = {
    boxofficeA: await createTerminal(a.organizationId, a.venueId, "boxoffice"),
    kioskA: await createTerminal(a.organizationId, a.venueId, "kiosk"),
    boxofficeB: await createTerminal(b.organizationId, b.venueId, "boxoffice"),
    spareA: await createTerminal(a.organizationId, a.venueId, "kiosk"),
  };

  const asBuyer = platform.caller({ user: users.buyer });
  const buy = async (seats: string[]) => {
    const hold = await asBuyer.inventory.hold({ showId: a.showId, seatIds: seats });
    return asBuyer.booking.checkout({
      holdId: hold.holdId,
      payment: goodCard,
      idempotencyKey: idempotencyKey(),
    });
  };
  const order = await buy(a.seatIds.slice(0, 2));
  const cancellable = await buy(a.seatIds.slice(2, 4));
  const session = await platform.caller().auth.login({ email: users.buyer.email, password: PASSWORD });
  const buyerClaims = await platform.tokens.verify(accessTokenOf(session));

  let seat = 10;
  const directHold = async () => {
    const seatId = a.seatIds[seat++] ?? "";
    const expiresAt = new Date(now.getTime() + 10 * 60_000);
    const [hold] = await db
      .insert(schema.holds)
      .values({ showId: a.showId, channel: "web", userId: users.buyer.id, expiresAt })
      .returning({ id: schema.holds.id });
    if (!hold) throw new Error("hold not inserted");
    await db
      .update(schema.showSeats)
      .set({ status: "held", holdId: hold.id, heldUntil: expiresAt })
      .where(and(eq(schema.showSeats.showId, a.showId), inArray(schema.showSeats.seatId, [seatId])));
    return hold.id;
  };
  const holds = {
    release: await directHold(),
    extend: await directHold(),
    status: await directHold(),
    quote: await directHold(),
    checkout: await directHold(),
  };
  // A show of its own for the show-change procedures, so cancelling it disturbs no other case.
  const [venueRow] = await db.select().from(schema.venues).where(eq(schema.venues.id, a.venueId));
  const [hallRow] = await db.select().from(schema.halls).where(eq(schema.halls.venueId, a.venueId));
  if (!venueRow || !hallRow) throw new Error("venue A missing");
  const showOfItsOwn = (days: number) =>
    createShow(db, {
      eventId: a.eventId,
      hall: { venue: venueRow, hall: hallRow, seats: [] } as unknown as VenueWithHall,
      startsAt: new Date(now.getTime() + days * 86_400_000),
    });
  const cancelShow = await showOfItsOwn(5);
  const rescheduleShow = await showOfItsOwn(6);

  let holdSeat = 30;
  world = {
    a,
    b,
    cityId: venue?.cityId ?? "",
    users,
    devices,
    buyerSessionId: buyerClaims?.sessionId ?? "",
    order: { id: order.id, ticketCode: order.tickets[0]?.code ?? "" },
    cancellableOrderId: cancellable.id,
    holds,
    showIds: { cancel: cancelShow.show.id, reschedule: rescheduleShow.show.id },
    memberTarget: await account("buyer"),
    roleTarget: await account("buyer"),
    nextSeat: () => a.seatIds[holdSeat++] ?? "",
  };
});
afterAll(() => platform.close());

describe("access matrix", () => {
  it("every procedure declares who may call it", () => {
    const undeclared = Object.entries(procedures)
      .filter(([, procedure]) => !procedure._def.meta?.access)
      .map(([path]) => path);
    expect(undeclared).toEqual([]);
  });

  it("every procedure has a case in this matrix", () => {
    const missing = Object.keys(procedures).filter((path) => !(path in cases));
    const stale = Object.keys(cases).filter((path) => !(path in procedures));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it("no case lets through someone the declared access turns away", () => {
    const contradictions: string[] = [];
    for (const [path, matrixCase] of Object.entries(cases)) {
      const access = procedures[path]?._def.meta?.access;
      if (matrixCase.allowed === "gate" || !access) continue;
      for (const principal of matrixCase.allowed) {
        if (admits(access, contextOf(principal)) !== "allowed") contradictions.push(`${path}: ${principal}`);
      }
    }
    expect(contradictions).toEqual([]);
  });

  it("every procedure × every caller is allowed or denied as declared", async () => {
    const mismatches: string[] = [];
    for (const path of Object.keys(procedures)) {
      const matrixCase = cases[path] ?? { allowed: "gate" as const };
      const access = procedures[path]?._def.meta?.access;
      for (const principal of principals) {
        const expected =
          matrixCase.allowed === "gate"
            ? admits(access, contextOf(principal)) === "allowed"
            : matrixCase.allowed.includes(principal);
        const outcome = await outcomeOf(path, principal);
        if (outcome === "INTERNAL_SERVER_ERROR" || outcome === "INTERNAL") {
          mismatches.push(`${path} as ${principal}: server error`);
          continue;
        }
        if (expected && outcome === "VALIDATION_FAILED" && cases[path]) {
          mismatches.push(`${path} as ${principal}: the matrix input is invalid`);
          continue;
        }
        const denied = DENIALS.has(outcome) || (matrixCase.hidden?.includes(outcome) ?? false);
        if (denied === expected) {
          mismatches.push(
            `${path} as ${principal}: expected ${expected ? "allowed" : "denied"}, got ${outcome}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 300_000);
});
