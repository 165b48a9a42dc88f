import type { Order } from "@marquee/contracts";
import {
  Alert,
  Button,
  buttonClasses,
  errorCodeOf,
  IconCheck,
  Money,
  Spinner,
  useErrorMessage,
  useFormatMoney,
  useTRPC,
} from "@marquee/ui";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation, useParams } from "react-router";
import { NotFoundPage } from "../app/NotFoundPage.tsx";
import { useWebSession } from "../app/session.ts";
import { formatLongDateTime } from "../format/show-time.ts";
import { IconCalendar, IconDownload } from "../shell/icons.tsx";
import { CancelDialog, type Cancellation } from "./CancelDialog.tsx";
import { icsFor } from "./calendar.ts";
import { useCancellationTranslation } from "./i18n/register.ts";
import { isCancellable, OrderStatusBadge } from "./order-status.tsx";
import { saveFile } from "./save-file.ts";
import { TicketQr } from "./TicketQr.tsx";

export function OrderPage() {
  const session = useWebSession();
  const location = useLocation();
  if (!session) return <Navigate to="/sign-in" state={{ from: location.pathname }} replace />;
  return <OrderDetail />;
}

function OrderDetail() {
  const { orderId = "" } = useParams();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const location = useLocation();
  const errorMessage = useErrorMessage();
  const justBooked = (location.state as { justBooked?: boolean } | null)?.justBooked === true;
  // Back from a bank's page, the payment may still be settling: look again until it has.
  const order = useQuery(
    trpc.booking.order.queryOptions(
      { orderId },
      { refetchInterval: (query) => (query.state.data?.status === "pending_payment" ? 1_500 : false) },
    ),
  );

  if (order.error && ["ORDER_NOT_FOUND", "VALIDATION_FAILED"].includes(errorCodeOf(order.error)))
    return <NotFoundPage />;
  if (order.isPending)
    return (
      <div className="flex justify-center py-24 text-brand-600">
        <Spinner label={t("common:status.loading")} className="size-8" />
      </div>
    );
  if (order.isError)
    return (
      <div className="mx-auto max-w-xl px-4 py-16">
        <h1 className="text-2xl font-bold text-ink-950">{t("order.loadFailed")}</h1>
        <Alert tone="danger" className="mt-4">
          {errorMessage(order.error)}
        </Alert>
      </div>
    );
  return <OrderView order={order.data} justBooked={justBooked} />;
}

function OrderView({ order, justBooked }: { order: Order; justBooked: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "en";
  // Which tickets the cancel dialog starts with: all (undefined) or the one whose button was pressed.
  const [cancelling, setCancelling] = useState<{ ticketIds?: string[] } | null>(null);
  const [cancelled, setCancelled] = useState<Cancellation | null>(null);
  const when = formatLongDateTime(order.show.startsAt, order.show.timeZone, language);
  const validTickets = order.tickets.filter((ticket) => ticket.status === "valid");
  const cancellable = isCancellable(order);

  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6 sm:py-12">
      <title>{`${justBooked ? t("order.confirmedTitle") : t("order.title", { code: order.code })} · Marquee`}</title>
      {justBooked && order.status === "confirmed" ? (
        <section
          data-surface="dark"
          className="relative overflow-hidden rounded-card bg-night-950 p-6 text-white sm:p-8"
          aria-labelledby="order-heading"
        >
          <div
            aria-hidden="true"
            className="absolute inset-x-0 top-0 h-16 bg-bulbs opacity-60 [mask-image:linear-gradient(to_bottom,black,transparent)]"
          />
          <div
            aria-hidden="true"
            className="absolute -top-24 -right-24 size-72 rounded-full bg-brand-600/50 blur-3xl"
          />
          <div className="relative">
            <span className="grid size-12 place-items-center rounded-full bg-emerald-500 text-white shadow-pop">
              <IconCheck className="size-7" />
            </span>
            <h1
              id="order-heading"
              className="mt-4 text-3xl font-extrabold tracking-tight outline-none sm:text-4xl"
            >
              {t("order.confirmedHeading")}
            </h1>
            <p className="mt-2 text-lg text-white/80">
              {t("order.confirmedBody", { event: order.show.eventTitle, count: validTickets.length })}
            </p>
          </div>
        </section>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <h1
            id="order-heading"
            className="text-3xl font-bold tracking-tight text-ink-950 outline-none sm:text-4xl"
          >
            {order.show.eventTitle}
          </h1>
          <OrderStatusBadge status={order.status} />
        </div>
      )}

      <section className="mt-6 grid gap-4 rounded-card bg-white p-5 shadow-card ring-1 ring-ink-200 sm:grid-cols-3 sm:p-6">
        <Fact label={t("order.event")} value={order.show.eventTitle} />
        <Fact label={t("order.when")} value={when} />
        <Fact label={t("order.where")} value={`${order.show.venueName} · ${order.show.hallName}`} />
        <Fact label={t("order.code")} value={order.code} mono testId="booking-code" />
        <Fact label={t("order.total")} value={<Money value={order.price.total} />} />
        {order.refunded.amountMinor > 0 && (
          <Fact label={t("order.refunded")} value={<Money value={order.refunded} />} />
        )}
      </section>

      <div className="mt-4 flex flex-wrap gap-2">
        {order.status === "confirmed" && <CalendarButton order={order} />}
        <Documents orderId={order.id} />
        {cancellable && (
          <Button variant="ghost" className="text-red-800 hover:bg-red-50" onClick={() => setCancelling({})}>
            {t("order.cancel")}
          </Button>
        )}
      </div>
      <div aria-live="polite">{cancelled && <CancelledNotice cancellation={cancelled} />}</div>

      <section aria-labelledby="tickets-heading" className="mt-10">
        <h2 id="tickets-heading" className="text-2xl font-bold tracking-tight text-ink-950">
          {t("order.tickets", { count: order.tickets.length })}
        </h2>
        {validTickets.length > 0 && <p className="mt-1 text-ink-600">{t("order.ticketsHint")}</p>}
        <ul className="mt-5 grid gap-5 sm:grid-cols-2">
          {order.tickets.map((ticket) => (
            <li
              key={ticket.id}
              className="overflow-hidden rounded-card bg-white shadow-card ring-1 ring-ink-200"
              data-testid="ticket"
            >
              <div
                data-surface="dark"
                className={`flex items-end justify-between gap-4 bg-gradient-to-br px-5 py-4 text-white ${ticket.status === "valid" ? "from-brand-600 to-night-800" : "from-ink-600 to-ink-800"}`}
              >
                <div>
                  <p className="text-xs font-semibold tracking-widest text-gold-200 uppercase">
                    {ticket.tierName}
                  </p>
                  <p className="mt-0.5 text-3xl font-extrabold">{ticket.label}</p>
                </div>
                <div className="text-right text-sm">
                  <p className="text-white/75">{t("order.ticketCode")}</p>
                  <p className="font-mono font-semibold tracking-wider">{ticket.code}</p>
                </div>
              </div>
              <div className="relative border-t-2 border-dashed border-ink-200 p-5">
                <span
                  aria-hidden="true"
                  className="absolute -top-3 -left-3 size-6 rounded-full bg-ink-50 ring-1 ring-ink-200"
                />
                <span
                  aria-hidden="true"
                  className="absolute -top-3 -right-3 size-6 rounded-full bg-ink-50 ring-1 ring-ink-200"
                />
                {ticket.status === "valid" ? (
                  <TicketQr
                    value={ticket.qr}
                    label={t("order.qrLabel", { seat: ticket.label, code: ticket.code })}
                    className="mx-auto block aspect-square w-full max-w-64"
                  />
                ) : (
                  <p className="grid aspect-square w-full place-items-center text-center font-semibold text-ink-600">
                    {t(`ticketStatus.${ticket.status}`)}
                  </p>
                )}
              </div>
              {cancellable && ticket.status === "valid" && validTickets.length > 1 && (
                <div className="flex justify-end border-t border-ink-100 px-3 py-2">
                  <CancelTicketButton
                    seat={ticket.label}
                    onClick={() => setCancelling({ ticketIds: [ticket.id] })}
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>

      <details className="mt-8 rounded-card bg-white p-5 ring-1 ring-ink-200">
        <summary className="cursor-pointer font-semibold text-ink-900">{t("order.priceDetails")}</summary>
        <dl className="mt-3 space-y-1.5 text-ink-700">
          {order.price.lines.map((line) => (
            <div key={`${line.seatId}-${line.label}`} className="flex justify-between">
              <dt>
                {line.label} · {line.tierName}
              </dt>
              <dd>
                <Money value={line.total} />
              </dd>
            </div>
          ))}
          <div className="flex justify-between border-t border-ink-200 pt-2">
            <dt>{t("checkout.fees")}</dt>
            <dd>
              <Money value={order.price.fees} />
            </dd>
          </div>
          <div className="flex justify-between font-bold text-ink-950">
            <dt>{t("checkout.total")}</dt>
            <dd>
              <Money value={order.price.total} />
            </dd>
          </div>
        </dl>
      </details>

      <p className="mt-8">
        <Link to="/bookings" className="font-semibold text-brand-700 hover:underline">
          {t("order.allBookings")}
        </Link>
      </p>
      {cancelling && (
        <CancelDialog
          order={order}
          initialTicketIds={cancelling.ticketIds}
          onClose={() => setCancelling(null)}
          onCancelled={(cancellation) => {
            setCancelling(null);
            setCancelled(cancellation);
          }}
        />
      )}
    </div>
  );
}

function Fact({
  label,
  value,
  mono = false,
  testId,
}: {
  label: string;
  value: ReactNode;
  mono?: boolean;
  testId?: string;
}) {
  return (
    <div>
      <p className="text-sm text-ink-600">{label}</p>
      <p
        className={`mt-0.5 font-semibold text-ink-950 ${mono ? "font-mono tracking-wider" : ""}`}
        data-testid={testId}
      >
        {value}
      </p>
    </div>
  );
}

function CalendarButton({ order }: { order: Order }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const show = useQuery(trpc.catalog.show.queryOptions({ showId: order.showId }, { staleTime: 60 * 60_000 }));
  function download() {
    const ics = icsFor({
      uid: `${order.id}@marquee`,
      title: order.show.eventTitle,
      startsAt: order.show.startsAt,
      endsAt: show.data?.endsAt ?? new Date(order.show.startsAt.getTime() + 2 * 3_600_000),
      location: [order.show.venueName, show.data?.venue.address].filter(Boolean).join(", "),
      description: `${t("order.code")}: ${order.code}\n${order.tickets.map((ticket) => ticket.label).join(", ")}`,
    });
    saveFile(`marquee-${order.code}.ics`, ics, "text/calendar");
  }
  return (
    <Button variant="secondary" onClick={download} icon={<IconCalendar className="size-5" />}>
      {t("order.addToCalendar")}
    </Button>
  );
}

/** Ticket and receipt PDFs, when the receipts service has them ready. */
function Documents({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const documents = useQuery(
    trpc.receipts.documents.queryOptions({ orderId }, { retry: false, staleTime: 60_000 }),
  );
  if (!documents.data) return null;
  return (
    <>
      {documents.data.documents.map((doc) => (
        <a
          key={doc.url}
          href={doc.url}
          download={doc.filename}
          className={buttonClasses({ variant: "secondary" })}
        >
          <IconDownload className="size-5" />
          {t(`order.document.${doc.kind}`, { defaultValue: doc.filename })}
        </a>
      ))}
    </>
  );
}

/** What the last cancellation did: how many tickets, and the refund on its way. */
function CancelledNotice({ cancellation }: { cancellation: Cancellation }) {
  const { t } = useCancellationTranslation();
  const formatMoney = useFormatMoney();
  const { tickets, refund } = cancellation;
  return (
    <Alert tone="success" className="mt-4">
      {refund.amountMinor > 0
        ? t("done.refund", { count: tickets, amount: formatMoney(refund) })
        : t("done.noRefund", { count: tickets })}
    </Alert>
  );
}

/** On a ticket of a booking with several: cancel just this one (the dialog can add others). */
function CancelTicketButton({ seat, onClick }: { seat: string; onClick: () => void }) {
  const { t } = useCancellationTranslation();
  return (
    <Button
      size="sm"
      variant="ghost"
      className="text-red-800 hover:bg-red-50"
      aria-label={t("cancelTicketLabel", { seat })}
      onClick={onClick}
    >
      {t("cancelTicket")}
    </Button>
  );
}
