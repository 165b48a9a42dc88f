import type { HoldResult, Order, PriceBreakdown } from "@marquee/contracts";
import { Alert, Button, Money, Spinner, useErrorMessage, useTRPC } from "@marquee/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { CashPayment } from "./CashPayment.tsx";
import { HeldFor } from "./HeldFor.tsx";
import { OpenDrawer } from "./OpenDrawer.tsx";

/** The held seats' prices, and cash for them (the drawer is opened first if it is not yet). */
export function PaymentStep({
  hold,
  onPaid,
  onBack,
}: {
  hold: HoldResult;
  onPaid(order: Order): void;
  onBack(): void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const quote = useQuery(trpc.booking.quote.queryOptions({ holdId: hold.holdId }));
  const shift = useQuery(trpc.shifts.current.queryOptions());
  const release = useMutation(trpc.inventory.release.mutationOptions({ onSettled: onBack }));
  const [expired, setExpired] = useState(false);
  const onExpired = useCallback(() => setExpired(true), []);

  return (
    <div className="grid gap-5 lg:grid-cols-2">
      <section aria-labelledby="order-heading" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 id="order-heading" className="text-lg font-bold text-ink-950">
            {t("sale.orderHeading")}
          </h3>
          {!expired && <HeldFor expiresAt={hold.expiresAt} onExpired={onExpired} />}
        </div>
        {quote.data ? <PriceLines price={quote.data} /> : <Spinner className="size-5" />}
        {quote.error && <Alert tone="danger">{errorMessage(quote.error)}</Alert>}
        <Button
          variant="ghost"
          loading={release.isPending}
          onClick={() => release.mutate({ holdId: hold.holdId })}
        >
          {t("sale.changeSeats")}
        </Button>
      </section>
      <section
        aria-labelledby="payment-heading"
        className="rounded-control bg-ink-50 p-5 ring-1 ring-ink-200"
      >
        <h3 id="payment-heading" className="text-lg font-bold text-ink-950">
          {t("sale.cashHeading")}
        </h3>
        {expired ? (
          <Alert
            tone="warning"
            className="mt-4"
            action={
              <Button variant="secondary" size="sm" onClick={onBack}>
                {t("sale.chooseAgain")}
              </Button>
            }
          >
            {t("sale.holdExpired")}
          </Alert>
        ) : shift.isPending || !quote.data ? (
          <Spinner className="mt-4 size-5" />
        ) : shift.data ? (
          <CashPayment holdId={hold.holdId} total={quote.data.total} onPaid={onPaid} />
        ) : (
          <OpenDrawer currency={quote.data.currency} />
        )}
      </section>
    </div>
  );
}

function PriceLines({ price }: { price: PriceBreakdown }) {
  const { t } = useTranslation();
  return (
    <dl className="divide-y divide-ink-200 rounded-control bg-white ring-1 ring-ink-200">
      {price.lines.map((line, index) => (
        <div key={line.seatId ?? index} className="flex justify-between gap-3 px-4 py-2.5 text-sm">
          <dt className="text-ink-800">
            <span className="font-semibold">{line.label}</span> · {line.tierName}
          </dt>
          <dd>
            <Money value={line.total} />
          </dd>
        </div>
      ))}
      {price.fees.amountMinor > 0 && (
        <div className="flex justify-between gap-3 px-4 py-2.5 text-sm text-ink-600">
          <dt>{t("sale.fees")}</dt>
          <dd>
            <Money value={price.fees} />
          </dd>
        </div>
      )}
      <div className="flex justify-between gap-3 px-4 py-3 text-lg font-bold text-ink-950">
        <dt>{t("sale.total")}</dt>
        <dd>
          <Money value={price.total} />
        </dd>
      </div>
    </dl>
  );
}
