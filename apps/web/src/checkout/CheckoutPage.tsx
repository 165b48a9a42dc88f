import type { Order, PaymentMethod } from "@marquee/contracts";
import {
  Alert,
  buttonClasses,
  errorCodeOf,
  IconArrowLeft,
  Spinner,
  useErrorMessage,
  useTRPC,
} from "@marquee/ui";
import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useCallback, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation, useNavigate, useParams } from "react-router";
import { useWebSession } from "../app/session.ts";
import { orderPath, seatsPath } from "../events/paths.ts";
import { CardConfirmDialog } from "./CardConfirmDialog.tsx";
import { HoldCountdown } from "./HoldCountdown.tsx";
import { newIdempotencyKey } from "./idempotency.ts";
import { OrderSummary } from "./OrderSummary.tsx";
import { PaymentForm } from "./PaymentForm.tsx";

export function CheckoutPage() {
  const session = useWebSession();
  const location = useLocation();
  const { holdId = "" } = useParams();
  if (!session) return <Navigate to="/sign-in" state={{ from: location.pathname }} replace />;
  return <Checkout holdId={holdId} />;
}

function Checkout({ holdId }: { holdId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const hold = useQuery(
    trpc.inventory.holdStatus.queryOptions({ holdId }, { staleTime: Number.POSITIVE_INFINITY }),
  );
  const [expired, setExpired] = useState(false);
  const live = hold.data?.status === "active" && !expired;
  const show = useQuery(
    trpc.catalog.show.queryOptions(hold.data ? { showId: hold.data.showId } : skipToken, {
      staleTime: 5 * 60_000,
    }),
  );
  const [promoCode, setPromoCode] = useState<string | null>(null);
  const [promoError, setPromoError] = useState<string | null>(null);
  const [promoPending, setPromoPending] = useState(false);
  const quote = useQuery(
    trpc.booking.quote.queryOptions(live ? { holdId, promoCode: promoCode ?? undefined } : skipToken, {
      placeholderData: keepPreviousData,
    }),
  );

  const idempotencyKey = useRef(newIdempotencyKey());
  const [problem, setProblem] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const [confirming, setConfirming] = useState<Order | null>(null);
  const payments = useQuery(
    trpc.payments.config.queryOptions(undefined, { staleTime: Number.POSITIVE_INFINITY }),
  );
  const [stripeIntent, setStripeIntent] = useState<{ orderId: string; clientSecret: string } | null>(null);
  // After Stripe took the money, the order is confirmed by the API when Stripe's webhook arrives.
  const [awaitingOrder, setAwaitingOrder] = useState<string | null>(null);
  const awaited = useQuery(
    trpc.booking.order.queryOptions(awaitingOrder ? { orderId: awaitingOrder } : skipToken, {
      refetchInterval: (query) => (query.state.data?.status === "confirmed" ? false : 1_000),
    }),
  );
  const payFailed = (error: unknown) => {
    const code = errorCodeOf(error);
    if (code === "HOLD_EXPIRED" || code === "HOLD_NOT_ACTIVE") return setExpired(true);
    if (code === "PROMO_INVALID" || code === "PROMO_EXHAUSTED") {
      setPromoCode(null);
      setPromoError(errorMessage(error));
    }
    // A declined card keeps the hold; the next attempt is a new request with a new key.
    if (code !== "NETWORK") idempotencyKey.current = newIdempotencyKey();
    setProblem(errorMessage(error));
    setFailures((count) => count + 1);
  };
  const settled = (order: Order) => {
    if (order.payment?.nextAction === "confirm_card") return setConfirming(order);
    if (order.payment?.nextAction === "stripe_payment_element" && order.payment.clientSecret)
      return setStripeIntent({ orderId: order.id, clientSecret: order.payment.clientSecret });
    setConfirming(null);
    if (order.status === "confirmed") {
      queryClient.invalidateQueries({ queryKey: trpc.booking.myOrders.pathKey() });
      navigate(orderPath(order.id), { state: { justBooked: true } });
    }
  };
  const checkout = useMutation(
    trpc.booking.checkout.mutationOptions({ onSuccess: settled, onError: payFailed }),
  );
  const complete = useMutation(
    trpc.booking.completePayment.mutationOptions({
      onSuccess: settled,
      onError: (error) => {
        setConfirming(null);
        payFailed(error);
      },
    }),
  );
  const release = useMutation(trpc.inventory.release.mutationOptions());

  const pay = (payment: PaymentMethod) => {
    setProblem(null);
    checkout.mutate({
      holdId,
      promoCode: promoCode ?? undefined,
      payment,
      idempotencyKey: idempotencyKey.current,
    });
  };

  async function applyPromo(code: string | null) {
    setPromoError(null);
    if (code === null) return setPromoCode(null);
    setPromoPending(true);
    try {
      await queryClient.fetchQuery(trpc.booking.quote.queryOptions({ holdId, promoCode: code }));
      setPromoCode(code);
    } catch (error) {
      setPromoError(errorMessage(error));
    } finally {
      setPromoPending(false);
    }
  }

  const onExpired = useCallback(() => setExpired(true), []);
  const confirmedOrder = awaited.data?.status === "confirmed" ? awaited.data : null;

  async function changeSeats(showId: string) {
    await release.mutateAsync({ holdId }).catch(() => {});
    navigate(seatsPath(showId));
  }

  if (confirmedOrder)
    return <Navigate to={orderPath(confirmedOrder.id)} state={{ justBooked: true }} replace />;
  if (hold.isPending) return <Loading />;
  if (hold.isError)
    return (
      <Shell>
        <Alert tone="danger" title={t("checkout.holdMissing")}>
          {errorMessage(hold.error)}
        </Alert>
        <Link to="/" className={buttonClasses({ variant: "secondary", className: "mt-6" })}>
          {t("notFound.home")}
        </Link>
      </Shell>
    );
  if (hold.data.status === "converted")
    return (
      <Shell>
        <Alert tone="success" title={t("checkout.alreadyPaid")}>
          <Link to="/bookings" className="font-semibold underline">
            {t("nav.bookings")}
          </Link>
        </Alert>
      </Shell>
    );
  if (!live)
    return (
      <Shell>
        <Alert tone="warning" title={t("checkout.expiredTitle")}>
          {t("checkout.expiredBody")}
        </Alert>
        <Link to={seatsPath(hold.data.showId)} className={buttonClasses({ size: "lg", className: "mt-6" })}>
          {t("checkout.chooseAgain")}
        </Link>
      </Shell>
    );

  return (
    <Shell>
      <HoldCountdown
        holdId={holdId}
        expiresAt={hold.data.expiresAt}
        canExtend={hold.data.canExtend}
        onExpired={onExpired}
      />
      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-[1fr_24rem] lg:items-start">
        <div className="rounded-card bg-white p-5 shadow-card ring-1 ring-ink-200 sm:p-7">
          {problem && (
            <Alert tone="danger" className="mb-5" title={t("checkout.payFailed")}>
              {problem}
            </Alert>
          )}
          <PaymentForm
            config={payments.data}
            total={quote.data?.total}
            pending={checkout.isPending || complete.isPending || awaitingOrder !== null}
            failures={failures}
            stripeIntent={stripeIntent}
            onPay={pay}
            onStripeConfirmed={setAwaitingOrder}
            returnUrl={(orderId) => `${window.location.origin}${orderPath(orderId)}`}
          />
        </div>
        <div className="order-first space-y-4 lg:sticky lg:top-24 lg:order-last">
          {show.data ? (
            <OrderSummary
              show={show.data}
              price={quote.data}
              promoCode={promoCode}
              promoError={promoError}
              promoPending={promoPending}
              onPromo={applyPromo}
            />
          ) : (
            <Loading />
          )}
          {quote.isError && <Alert tone="danger">{errorMessage(quote.error)}</Alert>}
          <button
            type="button"
            onClick={() => changeSeats(hold.data.showId)}
            className="inline-flex items-center gap-2 text-sm font-semibold text-ink-700 hover:text-brand-700"
          >
            <IconArrowLeft className="size-4" />
            {t("checkout.changeSeats")}
          </button>
        </div>
      </div>
      {confirming && quote.data && (
        <CardConfirmDialog
          total={quote.data.total}
          pending={complete.isPending}
          onAnswer={(approve) => complete.mutate({ orderId: confirming.id, approve })}
        />
      )}
    </Shell>
  );
}

function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6 sm:py-12">
      <title>{`${t("checkout.title")} · Marquee`}</title>
      <h1 className="mb-6 text-3xl font-bold tracking-tight text-ink-950 outline-none sm:text-4xl">
        {t("checkout.heading")}
      </h1>
      {children}
    </div>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <div className="flex justify-center py-16 text-brand-600">
      <Spinner label={t("common:status.loading")} className="size-8" />
    </div>
  );
}
