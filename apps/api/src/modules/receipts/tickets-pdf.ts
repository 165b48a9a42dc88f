import QRCode from "qrcode";
import { printedMoney, printedShowTime } from "./format.ts";
import { field, type Pdf, renderPdf, write } from "./pdf.ts";
import type { ReceiptData } from "./receipt-data.ts";

type Ticket = ReceiptData["order"]["tickets"][number];

/** One A4 page per ticket: what, when (in the venue's time zone), where, which seat, price, QR. */
export async function renderTicketsPdf(data: ReceiptData, createdAt: Date): Promise<Buffer> {
  const { order } = data;
  const codes = await Promise.all(
    order.tickets.map((ticket) =>
      ticket.status === "valid"
        ? QRCode.toBuffer(ticket.qr, { errorCorrectionLevel: "M", margin: 4, scale: 8 })
        : Promise.resolve(null),
    ),
  );
  return renderPdf({ title: `Tickets ${order.code}`, author: data.organizationName, createdAt }, (doc) => {
    if (order.tickets.length === 0) {
      write(doc, `Booking ${order.code} has no tickets.`, { size: 16, weight: "bold" });
      return;
    }
    order.tickets.forEach((ticket, index) => {
      if (index > 0) doc.addPage();
      ticketPage(doc, data, ticket, codes[index] ?? null, index, order.tickets.length);
    });
  });
}

function ticketPage(
  doc: Pdf,
  data: ReceiptData,
  ticket: Ticket,
  qr: Buffer | null,
  index: number,
  count: number,
) {
  const { order } = data;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.rect(left, 56, width, 36).fill("#111827");
  const banner = { color: "#ffffff" };
  write(
    doc,
    data.organizationName,
    { ...banner, size: 14, weight: "bold" },
    { x: left + 14, y: 67 },
    { width: width - 120 },
  );
  write(
    doc,
    `Ticket ${index + 1} of ${count}`,
    { ...banner, size: 10 },
    { x: left, y: 70 },
    { width: width - 14, align: "right" },
  );

  write(doc, order.show.eventTitle, { size: 24, weight: "bold" }, { x: left, y: 116 }, { width });
  let y = doc.y + 12;
  const column = width - 250;
  y = field(doc, "When", printedShowTime(order.show.startsAt, order.show.timeZone), left, y, column) + 10;
  y = field(doc, "Where", `${order.show.venueName}, ${order.show.hallName}`, left, y, column) + 2;
  write(doc, data.venueAddress, { size: 10, color: "#374151" }, { x: left, y }, { width: column });
  y = doc.y + 10;
  y = field(doc, ticket.seatId ? "Seat" : "Admission", ticket.label, left, y, column) + 10;
  y = field(doc, "Price band", ticket.tierName, left, y, column) + 10;
  const price = data.ticketPrices.get(ticket.id);
  if (price) y = field(doc, "Price", printedMoney(price), left, y, column) + 10;
  y = field(doc, "Booking", order.code, left, y, column) + 10;
  field(doc, "Ticket", ticket.code, left, y, column);

  const qrX = left + width - 230;
  if (qr) {
    doc.image(qr, qrX, 170, { width: 230 });
    write(
      doc,
      "Show this code at the entrance. It admits one person, once.",
      { size: 9, color: "#374151" },
      { x: qrX, y: 408 },
      { width: 230, align: "center" },
    );
  } else {
    doc.rect(qrX, 170, 230, 230).lineWidth(2).stroke("#b91c1c");
    write(
      doc,
      `${ticket.status.toUpperCase()}\nnot valid for entry`,
      { size: 18, weight: "bold", color: "#b91c1c" },
      { x: qrX, y: 265 },
      { width: 230, align: "center" },
    );
  }
}
