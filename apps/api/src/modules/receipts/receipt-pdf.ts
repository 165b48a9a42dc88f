import type { Money } from "@marquee/contracts";
import { paymentMethodNames, printedDate, printedMoney, printedShowTime } from "./format.ts";
import { type Pdf, renderPdf, write } from "./pdf.ts";
import type { ReceiptData } from "./receipt-data.ts";

/** The receipt: items, fees, taxes, total, refunds and how it was paid. */
export function renderReceiptPdf(data: ReceiptData, createdAt: Date): Promise<Buffer> {
  const { order } = data;
  return renderPdf({ title: `Receipt ${order.code}`, author: data.organizationName, createdAt }, (doc) => {
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    const zone = order.show.timeZone;
    const body = { size: 10, color: "#374151" };
    write(doc, "Receipt", { size: 22, weight: "bold" }, { x: left, y: 56 });
    write(doc, data.organizationName, body);
    write(doc, `Booking ${order.code}`, body);
    write(doc, `Date ${printedDate(order.confirmedAt ?? order.createdAt, zone)}`, body);
    if (data.buyer.name || data.buyer.email)
      write(doc, `Customer ${[data.buyer.name, data.buyer.email].filter(Boolean).join(", ")}`, body);
    doc.moveDown();
    write(doc, order.show.eventTitle, { size: 13, weight: "bold" });
    write(doc, printedShowTime(order.show.startsAt, zone), body);
    write(doc, `${order.show.venueName}, ${order.show.hallName}, ${data.venueAddress}`, body);
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
      cells.forEach((cell, i) => {
        const column = columns[i];
        if (!column) return;
        write(
          doc,
          cell,
          { size: 10, weight: bold ? "bold" : "regular" },
          { x, y },
          { width: column.width * width - 6, align: column.align },
        );
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
    if (order.refunded.amountMinor > 0) totals.push(["Refunded", `-${printedMoney(order.refunded)}`, false]);
    for (const [label, amount, bold] of totals) {
      const y = doc.y;
      const style = { size: bold ? 12 : 10, weight: bold ? ("bold" as const) : ("regular" as const) };
      write(doc, label, style, { x: left + width * 0.45, y }, { width: width * 0.3 });
      write(
        doc,
        typeof amount === "string" ? amount : printedMoney(amount),
        style,
        { x: left + width * 0.75, y },
        { width: width * 0.25, align: "right" },
      );
      doc.x = left;
      doc.moveDown(0.3);
    }
    doc.moveDown(1.5);
    const payment = order.payment;
    write(doc, "Payment", { size: 11, weight: "bold" }, { x: left, y: doc.y });
    const method = { size: 10 };
    if (payment) {
      write(
        doc,
        `${paymentMethodNames[payment.gateway] ?? payment.gateway}, ${payment.status.replace(/_/g, " ")}`,
        method,
      );
      write(doc, `Reference ${payment.id}`, method);
    } else {
      write(doc, "No payment recorded.", method);
    }
    doc.moveDown(2);
    write(
      doc,
      `Status of this booking when issued: ${order.status.replace(/_/g, " ")}.`,
      { size: 8, color: "#6b7280" },
      { x: left, y: doc.y },
    );
  });
}

function rule(doc: Pdf, left: number, width: number) {
  doc
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .lineWidth(0.5)
    .stroke("#9ca3af");
  doc.moveDown(0.3);
}
