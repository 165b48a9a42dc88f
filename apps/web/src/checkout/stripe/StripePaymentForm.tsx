import type { Money as MoneyValue } from "@marquee/contracts";
import { Alert, Button, IconLock, Spinner, useFormatMoney } from "@marquee/ui";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { loadStripe, type StripeClient, type StripeElements } from "./load-stripe.ts";

/**
 * Stripe's Payment Element for an order the API has created: the card (or wallet) is
 * entered in Stripe's frame and confirmed with Stripe; the API confirms the order from
 * Stripe's webhook, which the caller waits for.
 */
export function StripePaymentForm({
  publishableKey,
  clientSecret,
  total,
  returnUrl,
  onConfirmed,
}: {
  publishableKey: string;
  clientSecret: string;
  total: MoneyValue | undefined;
  /** Where Stripe sends the buyer back after a bank redirect. */
  returnUrl: string;
  onConfirmed: () => void;
}) {
  const { t, i18n } = useTranslation();
  const formatMoney = useFormatMoney();
  const mountRef = useRef<HTMLDivElement>(null);
  const [stripe, setStripe] = useState<{ client: StripeClient; elements: StripeElements } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [paying, setPaying] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let destroy = () => {};
    loadStripe(publishableKey).then(
      (client) => {
        if (cancelled || !mountRef.current) return;
        const elements = client.elements({ clientSecret, locale: i18n.resolvedLanguage ?? "auto" });
        const element = elements.create("payment");
        element.mount(mountRef.current);
        destroy = () => element.destroy();
        setStripe({ client, elements });
      },
      () => setProblem(t("checkout.stripeUnavailable")),
    );
    return () => {
      cancelled = true;
      destroy();
    };
  }, [publishableKey, clientSecret, i18n.resolvedLanguage, t]);

  async function pay(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!stripe) return;
    setPaying(true);
    setProblem(null);
    const submitted = await stripe.elements.submit();
    const result = submitted.error
      ? submitted
      : await stripe.client.confirmPayment({
          elements: stripe.elements,
          redirect: "if_required",
          confirmParams: { return_url: returnUrl },
        });
    setPaying(false);
    if (result.error) return setProblem(result.error.message ?? t("checkout.payFailed"));
    onConfirmed();
  }

  return (
    <form onSubmit={pay} noValidate>
      {problem && (
        <Alert tone="danger" className="mb-4">
          {problem}
        </Alert>
      )}
      <div ref={mountRef} className="min-h-40">
        {!stripe && !problem && (
          <div className="flex justify-center py-10 text-brand-600">
            <Spinner label={t("common:status.loading")} className="size-7" />
          </div>
        )}
      </div>
      <Button
        type="submit"
        size="lg"
        block
        className="mt-6"
        loading={paying}
        disabled={!stripe}
        icon={<IconLock className="size-5" />}
      >
        {total ? t("checkout.pay", { amount: formatMoney(total) }) : t("checkout.payNoAmount")}
      </Button>
    </form>
  );
}
