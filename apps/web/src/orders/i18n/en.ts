/** Strings of cancelling a booking or some of its tickets: the "cancellation" namespace (./register.ts). */
export const cancellationEn = {
  heading: "Cancel this booking?",
  choose: "Tickets to cancel",
  ticket: "{{seat}} · {{tier}}",
  noneChosen: "Choose at least one ticket to cancel.",
  othersStay_one: "Your other ticket stays valid.",
  othersStay_other: "Your other {{count}} tickets stay valid.",
  working: "Working out your refund…",
  refundLabel: "You’ll get back",
  percent: "{{percent}}% of the ticket price, to your original payment method.",
  feesKept: "Booking fees aren’t refunded.",
  noRefund: "This close to the show, cancelling gives no refund.",
  keep: "Keep booking",
  confirmAll: "Cancel booking",
  confirmSome_one: "Cancel {{count}} ticket",
  confirmSome_other: "Cancel {{count}} tickets",
  cancelTicket: "Cancel ticket",
  cancelTicketLabel: "Cancel ticket: {{seat}}",
  done: {
    refund_one: "{{count}} ticket cancelled. We’re refunding {{amount}} to your original payment method.",
    refund_other: "{{count}} tickets cancelled. We’re refunding {{amount}} to your original payment method.",
    noRefund_one: "{{count}} ticket cancelled.",
    noRefund_other: "{{count}} tickets cancelled.",
  },
};

export type CancellationMessages = typeof cancellationEn;
