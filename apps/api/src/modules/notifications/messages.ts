import { formatMoney, type Money } from "@marquee/contracts";

/*
 * What notifications and emails say. English only for now: every string is built here, so a
 * translation is one more table keyed by the user's locale.
 */

export interface ShowRef {
  eventTitle: string;
  startsAt: Date;
  timeZone: string;
  venueName: string;
}

export function showTime(startsAt: Date, timeZone: string, locale = "en"): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(startsAt);
}

const showLine = (show: ShowRef, locale?: string) =>
  `${show.eventTitle}, ${showTime(show.startsAt, show.timeZone, locale)}, ${show.venueName}`;

const signOff = "\n\nSee your bookings any time under My bookings.\n\nMarquee";

export const messages = {
  orderConfirmed(code: string, show: ShowRef, tickets: number, locale?: string) {
    const title = "Booking confirmed";
    const body = `${tickets} ticket${tickets === 1 ? "" : "s"} for ${showLine(show, locale)}. Booking ${code}.`;
    return {
      title,
      body,
      subject: `Your tickets for ${show.eventTitle} (booking ${code})`,
      text: `Hello,\n\nyour booking ${code} is confirmed: ${body}\n\nYour tickets and your receipt are attached as PDFs. Show the QR code on each ticket at the entrance.${signOff}`,
    };
  },
  orderCancelled(code: string, show: ShowRef, tickets: number, refund: Money, locale?: string) {
    const refunded = refund.amountMinor > 0;
    const title = refunded ? "Refund issued" : "Booking cancelled";
    const what = `${tickets} ticket${tickets === 1 ? "" : "s"} of booking ${code} for ${showLine(show, locale)}`;
    const body = refunded
      ? `${what} cancelled. ${formatMoney(refund, locale)} is on its way back to your original payment method.`
      : `${what} cancelled. Under the event's cancellation policy no refund is due.`;
    return { title, body, subject: `${title}: booking ${code}`, text: `Hello,\n\n${body}${signOff}` };
  },
  paymentRefunded(code: string, show: ShowRef, locale?: string) {
    const body = `Your seats for ${showLine(show, locale)} (booking ${code}) were released before your payment arrived, so we refunded it in full.`;
    return {
      title: "Your payment was refunded",
      body,
      subject: `Your payment for booking ${code} was refunded`,
      text: `Hello,\n\n${body}${signOff}`,
    };
  },
  showCancelled(code: string, show: ShowRef, refund: Money, reason: string | undefined, locale?: string) {
    const because = reason ? ` The organizer says: "${reason}".` : "";
    const money =
      refund.amountMinor > 0
        ? ` We are refunding ${formatMoney(refund, locale)} in full to your original payment method.`
        : "";
    const body = `${showLine(show, locale)} has been cancelled.${because}${money} Booking ${code}.`;
    return {
      title: "Show cancelled",
      body,
      subject: `Cancelled: ${show.eventTitle} (booking ${code})`,
      text: `Hello,\n\nwe are sorry: ${body}${signOff}`,
    };
  },
  showRescheduled(code: string, show: ShowRef, previousStartsAt: Date | null, locale?: string) {
    const before = previousStartsAt ? ` (was ${showTime(previousStartsAt, show.timeZone, locale)})` : "";
    const body = `${show.eventTitle} at ${show.venueName} now starts ${showTime(show.startsAt, show.timeZone, locale)}${before}. Your tickets for booking ${code} stay valid; if the new time does not suit you, you can cancel the booking.`;
    return {
      title: "Show time changed",
      body,
      subject: `New time for ${show.eventTitle} (booking ${code})`,
      text: `Hello,\n\n${body}${signOff}`,
    };
  },
};
