import type { Order } from "@marquee/contracts";
import { useTranslation } from "react-i18next";

const tones: Record<Order["status"], string> = {
  confirmed: "bg-emerald-50 text-emerald-800 ring-emerald-700/25",
  pending_payment: "bg-gold-100 text-amber-900 ring-amber-700/25",
  partially_refunded: "bg-night-700/5 text-night-800 ring-night-700/20",
  refunded: "bg-ink-100 text-ink-700 ring-ink-300",
  cancelled: "bg-ink-100 text-ink-700 ring-ink-300",
  expired: "bg-ink-100 text-ink-700 ring-ink-300",
  failed: "bg-red-50 text-red-800 ring-red-700/20",
};

export function OrderStatusBadge({ status }: { status: Order["status"] }) {
  const { t } = useTranslation();
  return (
    <span className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ring-1 ring-inset ${tones[status]}`}>
      {t(`orderStatus.${status}`)}
    </span>
  );
}

/** A booking can be cancelled while it has valid tickets for a show that has not started. */
export function isCancellable(order: Order, now = new Date()): boolean {
  return (
    (order.status === "confirmed" || order.status === "partially_refunded") &&
    order.tickets.some((ticket) => ticket.status === "valid") &&
    order.show.startsAt > now
  );
}

/** Bookings still to come, and the rest (past, cancelled or never paid). */
export function splitBookings(
  orders: readonly Order[],
  now = new Date(),
): { upcoming: Order[]; past: Order[] } {
  const upcoming: Order[] = [];
  const past: Order[] = [];
  for (const order of orders) {
    const live = order.status === "confirmed" || order.status === "partially_refunded";
    (live && order.show.startsAt > now ? upcoming : past).push(order);
  }
  upcoming.sort((a, b) => a.show.startsAt.getTime() - b.show.startsAt.getTime());
  return { upcoming, past };
}
