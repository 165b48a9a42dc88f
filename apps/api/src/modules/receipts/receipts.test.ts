import { schema } from "@marquee/db";
import { startSmtpServer } from "@marquee/e2e-support/smtp";
import { eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf } from "../../../test/errors.ts";
import { createShowScenario, createUsers, goodCard, idempotencyKey } from "../../../test/fixtures/booking.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/harness.ts";
import { expectInvariants } from "../../../test/invariants.ts";
import { pdfPagesText, pdfQrCodes } from "../../../test/pdf.ts";
import { type ApiProcess, eventually, isolatedEnv, startApiProcess } from "../../../test/processes.ts";
import { buildHttpServer } from "../../http/server.ts";
import { loadReceiptData } from "./receipt-data.ts";
import { renderReceiptPdf } from "./receipt-pdf.ts";
import { renderTicketsPdf } from "./tickets-pdf.ts";

/*
 * A booking confirmed in the api flows through the outbox relay and BullMQ in a real worker
 * process: documents rendered and stored, an email with them received by a real SMTP server.
 */

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

const attachment = (mail: ParsedMail, prefix: string) => {
  const found = mail.attachments.find((a) => a.filename?.startsWith(prefix));
  if (!found) throw new Error(`no ${prefix} attachment`);
  return found.content;
};

async function bookedOrder(seats: number) {
  const scenario = await createShowScenario(platform.db, platform.clock.now(), { rows: 2, seatsPerRow: 10 });
  await platform.db.insert(schema.fees).values({
    organizationId: scenario.organizationId,
    name: "Convenience fee",
    kind: "per_ticket",
    amountMinor: 3_000,
    currency: "INR",
  });
  const [user] = await createUsers(platform.db, 1);
  const [row] = await platform.db
    .select({ email: schema.users.email })
    .from(schema.users)
    .where(eq(schema.users.id, user!.id));
  const buyer = platform.caller({ user });
  const hold = await buyer.inventory.hold({
    showId: scenario.showId,
    seatIds: scenario.seatIds.slice(0, seats),
  });
  const order = await buyer.booking.checkout({
    holdId: hold.holdId,
    payment: goodCard,
    idempotencyKey: idempotencyKey(),
  });
  return { scenario, user: user!, email: row!.email, buyer, order };
}

describe("receipts", () => {
  it("emails tickets whose QR codes scan and verify, and a receipt, after confirmation", async () => {
    const { email, buyer, order } = await bookedOrder(2);
    expect(order.status).toBe("confirmed");
    const mail = await eventually(() => smtp.to(email)[0], {
      what: "the confirmation email",
      timeoutMs: 30_000,
    });
    expect(mail.subject).toContain(order.code);
    expect(mail.text).toContain(order.code);

    const ticketsPdf = attachment(mail, "tickets-");
    const codes = await pdfQrCodes(ticketsPdf);
    expect(codes).toHaveLength(2);
    expect(codes.flat().sort()).toEqual(order.tickets.map((t) => t.qr).sort());
    for (const code of codes.flat()) {
      expect(await platform.caller().tickets.verify({ code })).toMatchObject({ valid: true, reason: "ok" });
    }
    const pages = await pdfPagesText(ticketsPdf);
    for (const [index, ticket] of order.tickets.entries()) {
      const page = pages[index] ?? "";
      expect(page).toContain(order.show.eventTitle);
      expect(page).toContain(order.show.venueName);
      expect(page).toContain(ticket.label);
      expect(page).toContain("Asia/Kolkata");
      expect(page).toContain("₹280.00");
    }

    const receipt = (await pdfPagesText(attachment(mail, "receipt-"))).join(" ");
    for (const expected of [
      "Receipt",
      order.code,
      "Subtotal",
      "₹500.00",
      "Fees",
      "₹60.00",
      "Total",
      "₹560.00",
      "of which taxes",
      "Card (test gateway)",
    ])
      expect(receipt).toContain(expected);

    // The buyer can download the same documents through short-lived links.
    const { documents } = await buyer.receipts.documents({ orderId: order.id });
    expect(documents.map((d) => d.kind)).toEqual(["tickets", "receipt"]);
    const app = await buildHttpServer(platform);
    try {
      const url = documents[0]!.url;
      const download = await app.inject({ method: "GET", url });
      expect(download.statusCode).toBe(200);
      expect(download.headers["content-type"]).toBe("application/pdf");
      expect(Buffer.compare(download.rawPayload, ticketsPdf)).toBe(0);
      const forged = await app.inject({ method: "GET", url: url.replace(/signature=./, "signature=A") });
      expect(forged.statusCode).toBe(403);
      platform.clock.advance(31 * 60_000);
      expect((await app.inject({ method: "GET", url })).statusCode).toBe(403);
    } finally {
      platform.clock.advance(-31 * 60_000);
      await app.close();
    }
    const [stranger] = await createUsers(platform.db, 1);
    expect(
      (await errorOf(platform.caller({ user: stranger }).receipts.documents({ orderId: order.id }))).appCode,
    ).toBe("ORDER_NOT_FOUND");

    const notifications = await eventually(
      async () => {
        const list = await buyer.notifications.list({ limit: 10 });
        return list.items.length > 0 && list;
      },
      { what: "the in-app notification" },
    );
    expect(notifications.items[0]).toMatchObject({ kind: "order_confirmed", readAt: null });
    expect(notifications.unread).toBe(1);
    expect(await buyer.notifications.markRead({ all: true })).toEqual({ updated: 1, unread: 0 });
    expect(await platform.caller({ user: stranger }).notifications.list({ limit: 10 })).toMatchObject({
      items: [],
      unread: 0,
    });
  });

  it("tells the buyer about a cancellation and its refund, and voids the cancelled tickets in the PDF", async () => {
    const { email, buyer, order } = await bookedOrder(2);
    await eventually(() => smtp.to(email)[0], { what: "the confirmation email", timeoutMs: 30_000 });
    const cancelled = order.tickets[0]!;
    const result = await buyer.booking.cancel({ orderId: order.id, ticketIds: [cancelled.id] });
    expect(result.refund.amountMinor).toBe(25_000);

    const mail = await eventually(() => smtp.to(email).find((m) => m.subject?.startsWith("Refund issued")), {
      what: "the refund email",
      timeoutMs: 30_000,
    });
    expect(mail.text).toContain("250.00");
    const notification = await eventually(
      async () =>
        (await buyer.notifications.list({ limit: 10 })).items.find((n) => n.kind === "refund_issued"),
      { what: "the refund notification" },
    );
    expect(notification.body).toContain(order.code);

    await eventually(
      async () => {
        const { documents } = await buyer.receipts.documents({ orderId: order.id });
        const app = await buildHttpServer(platform);
        try {
          const pdf = (await app.inject({ method: "GET", url: documents[0]!.url })).rawPayload;
          const codes = await pdfQrCodes(pdf);
          return codes[0]?.length === 0 && codes[1]?.length === 1;
        } finally {
          await app.close();
        }
      },
      { what: "the refreshed tickets PDF" },
    );
  });

  it("prints Hindi and Japanese names and the rupee sign as written, in embedded font subsets", async () => {
    const { scenario, order } = await bookedOrder(1);
    await platform.db
      .update(schema.events)
      .set({ title: "जवान — हिंदी में" })
      .where(eq(schema.events.id, scenario.eventId));
    await platform.db
      .update(schema.venues)
      .set({ name: "東京ドーム" })
      .where(eq(schema.venues.id, scenario.venueId));
    const data = await loadReceiptData(platform.db, order.id);
    if (!data) throw new Error("no receipt data");
    const documents = {
      tickets: await renderTicketsPdf(data, platform.clock.now()),
      receipt: await renderReceiptPdf(data, platform.clock.now()),
    };
    for (const [kind, pdf] of Object.entries(documents)) {
      const text = (await pdfPagesText(pdf)).join(" ");
      // pdf.js reads glyphs in the order they are drawn: whole words without a short i (ि) read back as written.
      expect(text, kind).toContain("जवान");
      expect(text, kind).toContain("हिंदी".replace("हि", "िह"));
      expect(text, kind).toContain("東京ドーム");
      expect(text, kind).toContain("₹");
      expect(text, kind).not.toContain("?");
      const objects = pdf.toString("latin1");
      expect(objects, kind).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Bold/);
      expect(objects, kind).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansJP-/);
      // Subsets of the fonts, not the fonts (Noto Sans JP alone is over 5 MB).
      expect(pdf.length, kind).toBeLessThan(250_000);
    }
  });
});
