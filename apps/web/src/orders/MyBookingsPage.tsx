import type { Order } from "@marquee/contracts";
import {
  Alert,
  Button,
  buttonClasses,
  IconTicket,
  Money,
  Spinner,
  useErrorMessage,
  useTRPC,
} from "@marquee/ui";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation } from "react-router";
import { useWebSession } from "../app/session.ts";
import { orderPath } from "../events/paths.ts";
import { formatLongDateTime } from "../format/show-time.ts";
import { IconChevronRight } from "../shell/icons.tsx";
import { OrderStatusBadge, splitBookings } from "./order-status.tsx";

export function MyBookingsPage() {
  const session = useWebSession();
  const location = useLocation();
  if (!session) return <Navigate to="/sign-in" state={{ from: location.pathname }} replace />;
  return <MyBookings />;
}

function MyBookings() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const orders = useInfiniteQuery(
    trpc.booking.myOrders.infiniteQueryOptions(
      { limit: 20 },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const { upcoming, past } = useMemo(
    () => splitBookings(orders.data?.pages.flatMap((page) => page.items) ?? []),
    [orders.data],
  );

  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6 sm:py-12">
      <title>{`${t("bookings.title")} · Marquee`}</title>
      <h1 className="text-3xl font-bold tracking-tight text-ink-950 outline-none sm:text-4xl">
        {t("bookings.heading")}
      </h1>
      {orders.isPending && (
        <div className="flex justify-center py-16 text-brand-600">
          <Spinner label={t("common:status.loading")} className="size-8" />
        </div>
      )}
      {orders.isError && (
        <Alert
          tone="danger"
          className="mt-6"
          action={
            <Button size="sm" variant="secondary" onClick={() => orders.refetch()}>
              {t("common:actions.retry")}
            </Button>
          }
        >
          {errorMessage(orders.error)}
        </Alert>
      )}
      {orders.data && upcoming.length === 0 && past.length === 0 && (
        <div className="mt-8 rounded-card bg-white p-8 text-center shadow-card ring-1 ring-ink-200">
          <IconTicket className="mx-auto size-10 text-brand-600" />
          <p className="mt-3 text-lg font-semibold text-ink-950">{t("bookings.emptyTitle")}</p>
          <p className="mt-1 text-ink-600">{t("bookings.emptyBody")}</p>
          <Link to="/" className={buttonClasses({ className: "mt-6" })}>
            {t("bookings.browse")}
          </Link>
        </div>
      )}
      {upcoming.length > 0 && <BookingList id="upcoming" title={t("bookings.upcoming")} orders={upcoming} />}
      {past.length > 0 && <BookingList id="past" title={t("bookings.past")} orders={past} muted />}
      {orders.hasNextPage && (
        <div className="mt-8 flex justify-center">
          <Button
            variant="secondary"
            loading={orders.isFetchingNextPage}
            onClick={() => orders.fetchNextPage()}
          >
            {t("bookings.more")}
          </Button>
        </div>
      )}
    </div>
  );
}

function BookingList({
  id,
  title,
  orders,
  muted = false,
}: {
  id: string;
  title: string;
  orders: Order[];
  muted?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "en";
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10">
      <h2 id={`${id}-heading`} className="text-xl font-bold text-ink-950">
        {title}
      </h2>
      <ul className="mt-4 space-y-3">
        {orders.map((order) => (
          <li key={order.id}>
            <Link
              to={orderPath(order.id)}
              className={`group flex items-center gap-4 rounded-card bg-white p-4 shadow-xs ring-1 ring-ink-200 transition hover:shadow-card hover:ring-brand-300 sm:p-5 ${muted ? "opacity-90" : ""}`}
              data-testid="booking"
            >
              <span
                aria-hidden="true"
                className="hidden size-14 shrink-0 place-items-center rounded-2xl bg-gradient-to-br from-brand-500 to-night-700 text-white sm:grid"
              >
                <IconTicket className="size-7" />
              </span>
              <span className="min-w-0 flex-1">
                <span className="flex flex-wrap items-center gap-2">
                  <span className="truncate text-lg font-bold text-ink-950 group-hover:text-brand-700">
                    {order.show.eventTitle}
                  </span>
                  <OrderStatusBadge status={order.status} />
                </span>
                <span className="mt-0.5 block text-ink-700">
                  {formatLongDateTime(order.show.startsAt, order.show.timeZone, language)}
                </span>
                <span className="block text-sm text-ink-600">
                  {order.show.venueName} ·{" "}
                  {t("bookings.seats", { seats: order.tickets.map((x) => x.label).join(", ") })} ·{" "}
                  <span className="font-mono">{order.code}</span> · <Money value={order.price.total} />
                </span>
              </span>
              <IconChevronRight className="size-5 shrink-0 text-ink-400 group-hover:text-brand-600" />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
