import type { CancellationQuote, Order } from "@marquee/contracts";
import { Alert, Button, Money, Spinner, useErrorMessage, useTRPC } from "@marquee/ui";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useCancellationTranslation } from "./i18n/register.ts";
import { ModalDialog } from "./ModalDialog.tsx";

export interface Cancellation {
  tickets: number;
  refund: CancellationQuote["refund"];
}

/**
 * Cancelling a booking, or some of its tickets: the buyer picks the tickets (all of them to
 * start with, or the one they asked to cancel), sees the refund for exactly that choice, and
 * only then cancels those tickets.
 */
export function CancelDialog({
  order,
  initialTicketIds,
  onClose,
  onCancelled,
}: {
  order: Order;
  /** The tickets chosen when the dialog opens; every valid ticket when left out. */
  initialTicketIds?: string[];
  onClose: () => void;
  onCancelled: (cancellation: Cancellation) => void;
}) {
  const { t } = useCancellationTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const valid = order.tickets.filter((ticket) => ticket.status === "valid");
  const [chosen, setChosen] = useState(() => new Set(initialTicketIds ?? valid.map((ticket) => ticket.id)));
  // In the order's own ticket order, so the same choice always asks the same question.
  const ticketIds = valid.filter((ticket) => chosen.has(ticket.id)).map((ticket) => ticket.id);
  const all = ticketIds.length === valid.length;

  const quote = useQuery(
    trpc.booking.cancellationQuote.queryOptions(
      { orderId: order.id, ticketIds },
      { enabled: ticketIds.length > 0, staleTime: 0, placeholderData: keepPreviousData },
    ),
  );
  const cancel = useMutation(
    trpc.booking.cancel.mutationOptions({
      onSuccess: (result, input) => {
        queryClient.setQueryData(trpc.booking.order.queryKey({ orderId: order.id }), result.order);
        queryClient.invalidateQueries({ queryKey: trpc.booking.myOrders.pathKey() });
        onCancelled({ tickets: input.ticketIds?.length ?? valid.length, refund: result.refund });
      },
    }),
  );
  // A quote for an earlier choice may stay on screen while the new one loads, but is never confirmed.
  const quoteIsCurrent = quote.data !== undefined && !quote.isPlaceholderData && ticketIds.length > 0;

  function toggle(ticketId: string, on: boolean) {
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(ticketId);
      else next.delete(ticketId);
      return next;
    });
  }

  return (
    <ModalDialog
      labelledBy="cancel-heading"
      width={valid.length > 1 ? "32rem" : "28rem"}
      onDismiss={() => !cancel.isPending && onClose()}
    >
      <h2 id="cancel-heading" className="text-xl font-bold text-ink-950">
        {t("heading")}
      </h2>
      <p className="mt-1 text-ink-700">{order.show.eventTitle}</p>

      {valid.length > 1 && (
        <fieldset className="mt-5">
          <legend className="text-sm font-semibold text-ink-800">{t("choose")}</legend>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2">
            {valid.map((ticket) => (
              <li key={ticket.id}>
                <label className="flex min-h-12 cursor-pointer items-center gap-3 rounded-control bg-white px-3 py-2 ring-1 ring-ink-300 ring-inset hover:bg-ink-50 has-checked:bg-brand-50 has-checked:ring-2 has-checked:ring-brand-600">
                  <input
                    type="checkbox"
                    className="size-5 shrink-0 accent-brand-600"
                    checked={chosen.has(ticket.id)}
                    onChange={(event) => toggle(ticket.id, event.target.checked)}
                    disabled={cancel.isPending}
                  />
                  <span className="min-w-0 font-medium text-ink-950">
                    {t("ticket", { seat: ticket.label, tier: ticket.tierName })}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}

      <div className="mt-5" aria-live="polite">
        {ticketIds.length === 0 ? (
          <Alert tone="warning">{t("noneChosen")}</Alert>
        ) : (
          <>
            {quote.isPending && <Spinner label={t("working")} className="size-6 text-brand-600" />}
            {quote.isError && <Alert tone="danger">{errorMessage(quote.error)}</Alert>}
            {quote.data && (
              <div
                className={`rounded-control bg-ink-100 p-4 transition-opacity ${quoteIsCurrent ? "" : "opacity-60"}`}
                aria-busy={!quoteIsCurrent}
                data-testid="refund-quote"
              >
                <p className="text-sm text-ink-600">{t("refundLabel")}</p>
                <p className="mt-1 text-2xl font-bold text-ink-950">
                  <Money value={quote.data.refund} />
                </p>
                <p className="mt-1 text-sm text-ink-700">
                  {quote.data.refundPercent === 0
                    ? t("noRefund")
                    : t("percent", { percent: quote.data.refundPercent })}
                  {quote.data.refundPercent > 0 && order.price.fees.amountMinor > 0 && ` ${t("feesKept")}`}
                </p>
                {!all && (
                  <p className="mt-2 text-sm font-medium text-ink-800">
                    {t("othersStay", { count: valid.length - ticketIds.length })}
                  </p>
                )}
              </div>
            )}
          </>
        )}
        {cancel.error && (
          <Alert tone="danger" className="mt-4">
            {errorMessage(cancel.error)}
          </Alert>
        )}
      </div>
      <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onClose} disabled={cancel.isPending}>
          {t("keep")}
        </Button>
        <Button
          variant="danger"
          disabled={!quoteIsCurrent}
          loading={cancel.isPending}
          onClick={() => cancel.mutate({ orderId: order.id, ticketIds })}
        >
          {all ? t("confirmAll") : t("confirmSome", { count: ticketIds.length })}
        </Button>
      </div>
    </ModalDialog>
  );
}
