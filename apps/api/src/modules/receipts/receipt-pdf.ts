import type { Money } from "@marquee/contracts";
import { paymentMethodNames, printable, printedDate, printedMoney, printedShowTime } from "./format.ts";
import { type Pdf, renderPdf } from "./pdf.ts";
import type { ReceiptData } from "./receipt-data.ts";

/** The receipt: items, fees, taxes, total, refunds and how it was paid. */
export function renderReceiptPdf(data: ReceiptData, createdAt: Date): Promise<Buffer> {
  const { order } = data;
  return renderPdf(
    { title: `Receipt ${order.code}`, author: printable(data.organizationName), createdAt },
    (doc) => {
      const left = doc.page.margins.left;
      const width = doc.page.width - left - doc.page.margins.right;
      const zone = order.show.timeZone;
      doc.font("Helvetica-Bold").fontSize(22).fillColor("#111827").text("Receipt", left, 56);
      doc.font("Helvetica").fontSize(10).fillColor("#374151");
      doc.text(printable(data.organizationName));
      doc.text(`Booking ${order.code}`);
      doc.text(`Date ${printedDate(order.confirmedAt ?? order.createdAt, zone)}`);
      if (data.buyer.name || data.buyer.email)
        doc.text(printable(`Customer ${[data.buyer.name, data.buyer.email].filter(Boolean).join(", ")}`));
      doc.moveDown();
      doc.font("Helvetica-Bold").fontSize(13).fillColor("#111827").text(printable(order.show.eventTitle));
      doc.font("Helvetica").fontSize(10).fillColor("#374151");
      doc.text(printable(printedShowTime(order.show.startsAt, zone)));
      doc.text(printable(`${order.show.venueName}, ${order.show.hallName}, ${data.venueAddress}`));
      doc.moveDown(1.5);

      const columns = [
        { title: "Item", width: 0.26, align: "left" as const },
        { title: "Price band", width: 0.2, align: "left" as const },
        { title: "Price", width: 0.14, align: "right" as const },
        { title: "Discount", width: 0.13, align: "right" as const },
        { title: "Fee", width: 0.12, align: "right" as const },
        { title: "Total", width: 0.15, align: "right" as const },
      ];
      const row = (cells: string[], bold: boolean) => {
        const y = doc.y;
        let x = left;
        doc
          .font(bold ? "Helvetica-Bold" : "Helvetica")
          .fontSize(10)
          .fillColor("#111827");
        cells.forEach((cell, i) => {
          const column = columns[i];
          if (!column) return;
          doc.text(printable(cell), x, y, { width: column.width * width - 6, align: column.align });
          x += column.width * width;
        });
        doc.x = left;
        doc.moveDown(0.4);
      };
      row(
        columns.map((c) => c.title),
        true,
      );
      rule(doc, left, width);
      for (const line of order.price.lines) {
        row(
          [
            line.label,
            line.tierName,
            printedMoney(line.unitPrice),
            line.discount.amountMinor > 0 ? `-${printedMoney(line.discount)}` : "",
            printedMoney(line.fee),
            printedMoney(line.total),
          ],
          false,
        );
      }
      rule(doc, left, width);
      doc.moveDown(0.5);

      const totals: [string, Money | string, boolean][] = [["Subtotal", order.price.subtotal, false]];
      if (order.price.discount.amountMinor > 0) {
        const promo = order.price.promo ? ` (${order.price.promo.code})` : "";
        totals.push([`Discount${promo}`, `-${printedMoney(order.price.discount)}`, false]);
      }
      totals.push(["Fees", order.price.fees, false]);
      totals.push(["Total", order.price.total, true]);
      totals.push(["of which taxes", data.tax, false]);
      if (order.refunded.amountMinor > 0)
        totals.push(["Refunded", `-${printedMoney(order.refunded)}`, false]);
      for (const [label, amount, bold] of totals) {
        const y = doc.y;
        doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(bold ? 12 : 10);
        doc.text(label, left + width * 0.45, y, { width: width * 0.3 });
        doc.text(typeof amount === "string" ? amount : printedMoney(amount), left + width * 0.75, y, {
          width: width * 0.25,
          align: "right",
        });
        doc.x = left;
        doc.moveDown(0.3);
      }
      doc.moveDown(1.5);
      const payment = order.payment;
      doc.font("Helvetica-Bold").fontSize(11).text("Payment", left);
      doc.font("Helvetica").fontSize(10);
      if (payment) {
        doc.text(
          `${paymentMethodNames[payment.gateway] ?? payment.gateway}, ${payment.status.replace(/_/g, " ")}`,
        );
        doc.text(`Reference ${payment.id}`);
      } else {
        doc.text("No payment recorded.");
      }
      doc.moveDown(2);
      doc
        .fontSize(8)
        .fillColor("#6b7280")
        .text(`Status of this booking when issued: ${order.status.replace(/_/g, " ")}.`, left);
    },
  );
}

function rule(doc: Pdf, left: number, width: number) {
  doc
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .lineWidth(0.5)
    .stroke("#9ca3af");
  doc.moveDown(0.3);
}
