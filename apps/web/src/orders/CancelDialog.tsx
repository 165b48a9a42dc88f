import type { Order } from "@marquee/contracts";
import { Alert, Button, Money, Spinner, useErrorMessage, useTRPC } from "@marquee/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/** Cancelling a booking, with the refund shown before anything is cancelled. */
export function CancelDialog({ order, onClose }: { order: Order; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const ref = useRef<HTMLDialogElement>(null);
  const quote = useQuery(
    trpc.booking.cancellationQuote.queryOptions({ orderId: order.id }, { staleTime: 0 }),
  );
  const cancel = useMutation(
    trpc.booking.cancel.mutationOptions({
      onSuccess: (result) => {
        queryClient.setQueryData(trpc.booking.order.queryKey({ orderId: order.id }), result.order);
        queryClient.invalidateQueries({ queryKey: trpc.booking.myOrders.pathKey() });
        onClose();
      },
    }),
  );

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby="cancel-heading"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-card p-0 shadow-pop backdrop:bg-night-950/60"
    >
      <div className="p-6">
        <h2 id="cancel-heading" className="text-xl font-bold text-ink-950">
          {t("cancel.heading")}
        </h2>
        <p className="mt-1 text-ink-700">
          {order.show.eventTitle} · {order.tickets.filter((ticket) => ticket.status === "valid").length}{" "}
          {t("cancel.tickets")}
        </p>
        <div className="mt-5" aria-live="polite">
          {quote.isPending && <Spinner label={t("cancel.working")} className="size-6 text-brand-600" />}
          {quote.isError && <Alert tone="danger">{errorMessage(quote.error)}</Alert>}
          {quote.data && (
            <div className="rounded-control bg-ink-100 p-4" data-testid="refund-quote">
              <p className="text-sm text-ink-600">{t("cancel.refundLabel")}</p>
              <p className="mt-1 text-2xl font-bold text-ink-950">
                <Money value={quote.data.refund} />
              </p>
              <p className="mt-1 text-sm text-ink-700">
                {quote.data.refundPercent === 0
                  ? t("cancel.noRefund")
                  : t("cancel.percent", { percent: quote.data.refundPercent })}
              </p>
            </div>
          )}
          {cancel.error && (
            <Alert tone="danger" className="mt-4">
              {errorMessage(cancel.error)}
            </Alert>
          )}
        </div>
        <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={onClose} disabled={cancel.isPending}>
            {t("cancel.keep")}
          </Button>
          <Button
            variant="danger"
            disabled={!quote.data}
            loading={cancel.isPending}
            onClick={() => cancel.mutate({ orderId: order.id })}
          >
            {t("cancel.confirm")}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
