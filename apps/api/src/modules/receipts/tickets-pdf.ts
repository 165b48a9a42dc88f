import QRCode from "qrcode";
import { printable, printedMoney, printedShowTime } from "./format.ts";
import { field, type Pdf, renderPdf } from "./pdf.ts";
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
  return renderPdf(
    { title: `Tickets ${order.code}`, author: printable(data.organizationName), createdAt },
    (doc) => {
      if (order.tickets.length === 0) {
        doc.font("Helvetica-Bold").fontSize(16).text(`Booking ${order.code} has no tickets.`);
        return;
      }
      order.tickets.forEach((ticket, index) => {
        if (index > 0) doc.addPage();
        ticketPage(doc, data, ticket, codes[index] ?? null, index, order.tickets.length);
      });
    },
  );
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
  doc
    .font("Helvetica-Bold")
    .fontSize(14)
    .fillColor("#ffffff")
    .text(printable(data.organizationName), left + 14, 67, { width: width - 120 });
  doc
    .font("Helvetica")
    .fontSize(10)
    .text(`Ticket ${index + 1} of ${count}`, left, 70, { width: width - 14, align: "right" });

  doc
    .font("Helvetica-Bold")
    .fontSize(24)
    .fillColor("#111827")
    .text(printable(order.show.eventTitle), left, 116, { width });
  let y = doc.y + 12;
  const column = width - 250;
  y =
    field(
      doc,
      "When",
      printable(printedShowTime(order.show.startsAt, order.show.timeZone)),
      left,
      y,
      column,
    ) + 10;
  y = field(doc, "Where", printable(`${order.show.venueName}, ${order.show.hallName}`), left, y, column) + 2;
  doc
    .font("Helvetica")
    .fontSize(10)
    .fillColor("#374151")
    .text(printable(data.venueAddress), left, y, { width: column });
  y = doc.y + 10;
  y = field(doc, ticket.seatId ? "Seat" : "Admission", printable(ticket.label), left, y, column) + 10;
  y = field(doc, "Price band", printable(ticket.tierName), left, y, column) + 10;
  const price = data.ticketPrices.get(ticket.id);
  if (price) y = field(doc, "Price", printedMoney(price), left, y, column) + 10;
  y = field(doc, "Booking", order.code, left, y, column) + 10;
  field(doc, "Ticket", ticket.code, left, y, column);

  const qrX = left + width - 230;
  if (qr) {
    doc.image(qr, qrX, 170, { width: 230 });
    doc
      .font("Helvetica")
      .fontSize(9)
      .fillColor("#374151")
      .text("Show this code at the entrance. It admits one person, once.", qrX, 408, {
        width: 230,
        align: "center",
      });
  } else {
    doc.rect(qrX, 170, 230, 230).lineWidth(2).stroke("#b91c1c");
    doc
      .font("Helvetica-Bold")
      .fontSize(18)
      .fillColor("#b91c1c")
      .text(`${ticket.status.toUpperCase()}\nnot valid for entry`, qrX, 265, { width: 230, align: "center" });
  }
}
