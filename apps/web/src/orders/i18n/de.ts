import type { Translation } from "@marquee/ui";
import type { CancellationMessages } from "./en.ts";

export const cancellationDe: Translation<CancellationMessages> = {
  heading: "Diese Buchung stornieren?",
  choose: "Zu stornierende Tickets",
  ticket: "{{seat}} · {{tier}}",
  noneChosen: "Wählen Sie mindestens ein Ticket zum Stornieren.",
  othersStay_one: "Ihr anderes Ticket bleibt gültig.",
  othersStay_other: "Ihre anderen {{count}} Tickets bleiben gültig.",
  working: "Erstattung wird berechnet …",
  refundLabel: "Sie erhalten zurück",
  percent: "{{percent}} % des Ticketpreises, auf das ursprüngliche Zahlungsmittel.",
  feesKept: "Buchungsgebühren werden nicht erstattet.",
  noRefund: "So kurz vor der Vorstellung gibt es bei Stornierung keine Erstattung.",
  keep: "Buchung behalten",
  confirmAll: "Buchung stornieren",
  confirmSome_one: "{{count}} Ticket stornieren",
  confirmSome_other: "{{count}} Tickets stornieren",
  cancelTicket: "Ticket stornieren",
  cancelTicketLabel: "Ticket stornieren: {{seat}}",
  done: {
    refund_one: "{{count}} Ticket storniert. Wir erstatten {{amount}} auf Ihr ursprüngliches Zahlungsmittel.",
    refund_other:
      "{{count}} Tickets storniert. Wir erstatten {{amount}} auf Ihr ursprüngliches Zahlungsmittel.",
    noRefund_one: "{{count}} Ticket storniert.",
    noRefund_other: "{{count}} Tickets storniert.",
  },
};
