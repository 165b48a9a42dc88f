import type { Order } from "@marquee/contracts";
import { Button, IconCheck, Money } from "@marquee/ui";
import { useTranslation } from "react-i18next";

/** The sale went through: the change to hand back first, then the booking and its tickets. */
export function SaleDone({
  order,
  onSameShow,
  onNewSale,
}: {
  order: Order;
  onSameShow(): void;
  onNewSale(): void;
}) {
  const { t } = useTranslation();
  const { payment } = order;
  return (
    <div className="space-y-6">
      <div className="flex items-center gap-4">
        <span className="grid size-12 place-items-center rounded-full bg-emerald-100 text-emerald-800">
          <IconCheck className="size-7" />
        </span>
        <div>
          <h3 className="text-2xl font-extrabold text-ink-950">{t("sale.done.title")}</h3>
          <p className="text-ink-600">
            {t("sale.done.booking")}{" "}
            <span className="font-mono text-lg font-bold tracking-wider text-ink-950">{order.code}</span>
          </p>
        </div>
      </div>
      {payment?.change && (
        <p className="flex items-baseline justify-between gap-3 rounded-control bg-emerald-50 px-5 py-4 ring-1 ring-emerald-700/20">
          <span className="text-lg font-semibold text-emerald-950">{t("sale.done.giveChange")}</span>
          <Money value={payment.change} className="text-3xl font-extrabold text-emerald-900" />
        </p>
      )}
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        <div className="flex justify-between gap-3">
          <dt className="text-ink-600">{t("sale.total")}</dt>
          <dd className="font-semibold">
            <Money value={order.price.total} />
          </dd>
        </div>
        {payment?.tendered && (
          <div className="flex justify-between gap-3">
            <dt className="text-ink-600">{t("sale.done.received")}</dt>
            <dd className="font-semibold">
              <Money value={payment.tendered} />
            </dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="tickets-heading">
        <h4 id="tickets-heading" className="font-bold text-ink-950">
          {t("sale.done.tickets", { count: order.tickets.length })}
        </h4>
        <ul className="mt-2 flex flex-wrap gap-2">
          {order.tickets.map((ticket) => (
            <li
              key={ticket.id}
              className="rounded-lg bg-ink-100 px-3 py-1.5 text-sm font-semibold text-ink-900 ring-1 ring-ink-200"
            >
              {ticket.label} · {ticket.tierName} · {t(`sale.done.ticketStatus.${ticket.status}`)}
            </li>
          ))}
        </ul>
      </section>
      <div className="flex flex-wrap gap-3">
        <Button size="lg" onClick={onNewSale}>
          {t("sale.done.newSale")}
        </Button>
        <Button size="lg" variant="secondary" onClick={onSameShow}>
          {t("sale.done.sameShow")}
        </Button>
      </div>
    </div>
  );
}
