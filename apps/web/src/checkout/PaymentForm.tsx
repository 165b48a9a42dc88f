import type { Money as MoneyValue, PaymentMethod, PaymentsConfig } from "@marquee/contracts";
import { Button } from "@marquee/ui";
import { useTranslation } from "react-i18next";
import { IconCard } from "../shell/icons.tsx";
import { SimulatedCardForm } from "./SimulatedCardForm.tsx";
import { StripePaymentForm } from "./stripe/StripePaymentForm.tsx";

export interface PaymentFormProps {
  /** What the API takes (payments.config); the simulated form until it has answered. */
  config: PaymentsConfig | undefined;
  total: MoneyValue | undefined;
  pending: boolean;
  failures: number;
  /** Stripe: the PaymentIntent of the order created on "continue", to confirm in its element. */
  stripeIntent: { orderId: string; clientSecret: string } | null;
  onPay: (method: PaymentMethod) => void;
  /** Stripe took the payment; the order is confirmed by its webhook. */
  onStripeConfirmed: (orderId: string) => void;
  returnUrl: (orderId: string) => string;
}

/**
 * The payment step behind one boundary: Stripe's Payment Element when the API runs Stripe,
 * else the simulated gateway's test-card form. Either way, test mode is badged.
 */
export function PaymentForm({
  config,
  total,
  pending,
  failures,
  stripeIntent,
  onPay,
  onStripeConfirmed,
  returnUrl,
}: PaymentFormProps) {
  const { t } = useTranslation();
  const stripe = config?.gateway === "stripe" && config.publishableKey ? config.publishableKey : null;

  return (
    <section aria-labelledby="payment-heading">
      <div className="flex items-center justify-between gap-3">
        <h2 id="payment-heading" className="flex items-center gap-2 text-xl font-bold text-ink-950">
          <IconCard className="size-6 text-brand-600" />
          {t("checkout.payment")}
        </h2>
        {config?.mode !== "live" && (
          <span className="rounded-full bg-gold-200 px-2.5 py-1 text-xs font-bold tracking-wide text-amber-950 uppercase ring-1 ring-amber-700/30">
            {t("checkout.testMode")}
          </span>
        )}
      </div>
      {stripe === null ? (
        <SimulatedCardForm
          total={total}
          pending={pending}
          failures={failures}
          onPay={(cardNumber) => onPay({ gateway: "simulated", cardNumber })}
        />
      ) : stripeIntent ? (
        <div className="mt-5">
          <StripePaymentForm
            publishableKey={stripe}
            clientSecret={stripeIntent.clientSecret}
            total={total}
            returnUrl={returnUrl(stripeIntent.orderId)}
            onConfirmed={() => onStripeConfirmed(stripeIntent.orderId)}
          />
        </div>
      ) : (
        <Button
          size="lg"
          block
          className="mt-6"
          loading={pending}
          onClick={() => onPay({ gateway: "stripe" })}
        >
          {t("checkout.continueToPay")}
        </Button>
      )}
    </section>
  );
}
