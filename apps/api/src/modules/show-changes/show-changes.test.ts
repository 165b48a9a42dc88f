import { schema } from "@marquee/db";
import { startSmtpServer } from "@marquee/e2e-support/smtp";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf } from "../../../test/errors.ts";
import { createShowScenario, createUsers, goodCard, idempotencyKey } from "../../../test/fixtures/booking.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/harness.ts";
import { expectInvariants } from "../../../test/invariants.ts";
import { pdfPagesText } from "../../../test/pdf.ts";
import { type ApiProcess, eventually, isolatedEnv, startApiProcess } from "../../../test/processes.ts";
import { printedShowTime } from "../receipts/format.ts";

let platform: TestPlatform;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let worker: ApiProcess;

beforeAll(async () => {
  platform = await createTestPlatform();
  smtp = await startSmtpServer();
  worker = await startApiProcess("worker", isolatedEnv(platform.database.url, { SMTP_URL: smtp.url }));
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await smtp?.close();
  if (platform) {
    await expectInvariants(platform.db);
    await platform.close();
  }
});

async function emailOf(userId: string) {
  const [row] = await platform.db
    .select({ email: schema.users.email })
    .from(schema.users)
    .where(eq(schema.users.id, userId));
  return row?.email ?? "";
}

async function showWithBuyers() {
  const scenario = await createShowScenario(platform.db, platform.clock.now(), { rows: 2, seatsPerRow: 10 });
  await platform.db.insert(schema.fees).values({
    organizationId: scenario.organizationId,
    name: "Convenience fee",
    kind: "per_ticket",
    amountMinor: 3_000,
    currency: "INR",
  });
  const [owner] = await createUsers(platform.db, 1, "organizer");
  const [outsider] = await createUsers(platform.db, 1, "organizer");
  await platform.db
    .insert(schema.memberships)
    .values({ organizationId: scenario.organizationId, userId: owner!.id, role: "owner" });
  const buyers = await createUsers(platform.db, 4);
  const book = async (index: number, seats: string[]) => {
    const caller = platform.caller({ user: buyers[index] });
    const hold = await caller.inventory.hold({ showId: scenario.showId, seatIds: seats });
    return caller.booking.checkout({
      holdId: hold.holdId,
      payment: goodCard,
      idempotencyKey: idempotencyKey(),
    });
  };
  const orders = [
    await book(0, scenario.seatIds.slice(0, 2)),
    await book(1, scenario.seatIds.slice(2, 3)),
    await book(2, scenario.seatIds.slice(3, 4)),
  ];
  // The third buyer had cancelled before the organizer did: nothing more to refund or tell.
  await platform.caller({ user: buyers[2] }).booking.cancel({ orderId: orders[2]!.id });
  const liveHold = await platform
    .caller({ user: buyers[3] })
    .inventory.hold({ showId: scenario.showId, seatIds: scenario.seatIds.slice(5, 6) });
  return { scenario, owner: owner!, outsider: outsider!, buyers, orders, liveHold };
}

describe("organizer show changes", () => {
  it("cancelling a show refunds every ticket holder in full and tells each of them once", async () => {
    const { scenario, owner, outsider, buyers, orders, liveHold } = await showWithBuyers();
    expect(
      (await errorOf(platform.caller({ user: outsider }).showChanges.cancel({ showId: scenario.showId })))
        .appCode,
    ).toBe("FORBIDDEN");
    const organizer = platform.caller({ user: owner });
    const cancelled = await organizer.showChanges.cancel({
      showId: scenario.showId,
      reason: "The lead is unwell",
    });
    expect(cancelled).toMatchObject({ status: "cancelled", changed: true });
    expect((await organizer.showChanges.cancel({ showId: scenario.showId })).changed).toBe(false);
    const audit = await organizer.audit.list({ organizationId: scenario.organizationId });
    expect(audit.items.filter((e) => e.action === "show.cancelled")).toEqual([
      expect.objectContaining({
        subjectId: scenario.showId,
        actorUserId: owner.id,
        data: { reason: "The lead is unwell" },
      }),
    ]);

    const holders = await Promise.all([emailOf(buyers[0]!.id), emailOf(buyers[1]!.id)]);
    for (const address of holders) {
      const mail = await eventually(() => smtp.to(address).find((m) => m.subject?.startsWith("Cancelled:")), {
        what: `the cancellation email to ${address}`,
        timeoutMs: 30_000,
      });
      expect(mail.text).toContain("The lead is unwell");
      expect(mail.text).toContain("in full");
    }
    const paid = await platform.db
      .select({ id: schema.orders.id, status: schema.orders.status, total: schema.orders.totalMinor })
      .from(schema.orders)
      .where(inArray(schema.orders.id, [orders[0]!.id, orders[1]!.id]));
    expect(paid.map((o) => o.status)).toEqual(["refunded", "refunded"]);
    for (const order of paid) {
      const refunds = await platform.db
        .select({ amount: schema.refunds.amountMinor, status: schema.refunds.status })
        .from(schema.refunds)
        .where(eq(schema.refunds.orderId, order.id));
      expect(refunds).toEqual([{ amount: order.total, status: "succeeded" }]);
    }
    const first = orders[0]!.tickets[0]!;
    expect(await platform.caller().tickets.verify({ code: first.qr })).toMatchObject({ valid: false });
    const seats = await platform.db
      .select({ status: schema.showSeats.status })
      .from(schema.showSeats)
      .where(
        and(
          eq(schema.showSeats.showId, scenario.showId),
          inArray(schema.showSeats.seatId, scenario.seatIds.slice(0, 3)),
        ),
      );
    expect(seats.map((s) => s.status)).toEqual(["blocked", "blocked", "blocked"]);
    const [hold] = await platform.db
      .select({ status: schema.holds.status })
      .from(schema.holds)
      .where(eq(schema.holds.id, liveHold.holdId));
    expect(hold?.status).toBe("released");

    const notices = await platform.caller({ user: buyers[0] }).notifications.list({ limit: 10 });
    expect(notices.items.filter((n) => n.kind === "show_cancelled")).toHaveLength(1);
    // The buyer who had cancelled already hears nothing more.
    const earlier = await emailOf(buyers[2]!.id);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.to(earlier).filter((m) => m.subject?.startsWith("Cancelled:"))).toHaveLength(0);
    await expectInvariants(platform.db);
  });

  it("moving a show tells ticket holders the new time and reissues their tickets with it", async () => {
    const { scenario, owner, buyers, orders } = await showWithBuyers();
    const startsAt = new Date(scenario.startsAt.getTime() + 24 * 3_600_000);
    const moved = await platform
      .caller({ user: owner })
      .showChanges.reschedule({ showId: scenario.showId, startsAt });
    expect(moved).toMatchObject({ changed: true, startsAt });
    const address = await emailOf(buyers[0]!.id);
    const mail = await eventually(() => smtp.to(address).find((m) => m.subject?.startsWith("New time for")), {
      what: "the reschedule email",
      timeoutMs: 30_000,
    });
    expect(mail.text).toContain("stay valid");
    const notice = await eventually(
      async () =>
        (await platform.caller({ user: buyers[0] }).notifications.list({ limit: 10 })).items.find(
          (n) => n.kind === "show_changed",
        ),
      { what: "the in-app notice" },
    );
    expect(notice.title).toBe("Show time changed");
    const mine = await platform.caller({ user: buyers[0] }).booking.myOrders({ limit: 5 });
    expect(mine.items[0]?.show.startsAt).toEqual(startsAt);
    const [stored] = await platform.db
      .select({ content: schema.orderDocuments.content })
      .from(schema.orderDocuments)
      .where(
        and(eq(schema.orderDocuments.orderId, orders[0]!.id), eq(schema.orderDocuments.kind, "tickets")),
      );
    const pages = await pdfPagesText(stored!.content);
    expect(pages[0]).toContain(printedShowTime(startsAt, "Asia/Kolkata"));
  });
});
