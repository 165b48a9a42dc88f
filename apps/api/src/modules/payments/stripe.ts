import Stripe from "stripe";
import {
  type ChargeOutcome,
  type GatewayRecords,
  GatewayRequestRejected,
  type PaymentGateway,
  type RefundOutcome,
} from "./gateway.ts";
import { fromStripeAmount, toStripeAmount } from "./stripe-amounts.ts";

export interface StripeClientOptions {
  secretKey: string;
  /** Another API base (a local stand-in or stripe-mock), e.g. http://127.0.0.1:12111. */
  apiBase?: string | undefined;
  timeoutMs: number;
  /** The SDK retries network failures with the same idempotency key, so a retry never charges twice. */
  maxNetworkRetries: number;
}

export function createStripeClient(options: StripeClientOptions): Stripe {
  const base = options.apiBase ? new URL(options.apiBase) : null;
  const protocol = base?.protocol === "http:" ? "http" : "https";
  return new Stripe(options.secretKey, {
    timeout: options.timeoutMs,
    maxNetworkRetries: options.maxNetworkRetries,
    telemetry: false,
    ...(base && {
      host: base.hostname,
      port: base.port || (protocol === "http" ? 80 : 443),
      protocol,
    }),
  });
}

/** Where a PaymentIntent stands, in our terms. The same mapping serves checkout, webhooks and reconciliation. */
export function outcomeOfIntent(intent: Stripe.PaymentIntent): ChargeOutcome {
  const lastError = intent.last_payment_error;
  switch (intent.status) {
    case "succeeded":
      return {
        status: "succeeded",
        gatewayRef: intent.id,
        amountMinor: fromStripeAmount(intent.amount_received, intent.currency),
      };
    case "canceled":
      return {
        status: "failed",
        gatewayRef: intent.id,
        failureCode: intent.cancellation_reason ?? "canceled",
      };
    case "processing":
    case "requires_capture":
      return { status: "pending", gatewayRef: intent.id };
    default:
      // requires_payment_method / requires_confirmation / requires_action: the buyer is still in
      // the Payment Element, and may try another card on the same PaymentIntent after a decline.
      return {
        status: "requires_action",
        gatewayRef: intent.id,
        nextAction: "stripe_payment_element",
        metadata: intent.client_secret ? { clientSecret: intent.client_secret } : {},
        failureCode: lastError ? (lastError.decline_code ?? lastError.code ?? "card_declined") : null,
      };
  }
}

export function outcomeOfRefund(refund: Stripe.Refund): RefundOutcome {
  if (refund.status === "succeeded") return { status: "succeeded", gatewayRef: refund.id };
  if (refund.status === "failed" || refund.status === "canceled")
    return { status: "failed", gatewayRef: refund.id, failureCode: refund.failure_reason ?? refund.status };
  return { status: "pending", gatewayRef: refund.id };
}

/** Stripe's "your request is wrong" errors are not outages: they must not open the circuit. */
export async function stripeCall<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    const type = (error as { type?: string }).type;
    if (
      type === "StripeInvalidRequestError" ||
      type === "StripeIdempotencyError" ||
      type === "StripeCardError"
    ) {
      const code = (error as { code?: string }).code ?? type;
      throw new GatewayRequestRejected("stripe", code, error);
    }
    throw error;
  }
}

/**
 * Online card payments through Stripe PaymentIntents. The card is entered in Stripe's Payment
 * Element in the browser (PCI SAQ A: card data never reaches us); we create the intent, hand its
 * client secret to the buyer, and learn the outcome from the buyer's return, webhooks, or
 * reconciliation, whichever comes first. Every write carries an idempotency key.
 */
export function createStripeGateway(stripe: Stripe): PaymentGateway {
  const retrieve = (id: string) => stripeCall(() => stripe.paymentIntents.retrieve(id));
  return {
    name: "stripe",
    async charge(request) {
      if (request.method.gateway !== "stripe")
        throw new GatewayRequestRejected("stripe", "unsupported_payment_method");
      const intent = await stripeCall(() =>
        stripe.paymentIntents.create(
          {
            amount: toStripeAmount(request.amountMinor, request.currency),
            currency: request.currency.toLowerCase(),
            automatic_payment_methods: { enabled: true },
            metadata: { paymentId: request.paymentId, orderId: request.orderId },
          },
          { idempotencyKey: request.idempotencyKey },
        ),
      );
      return outcomeOfIntent(intent);
    },
    async completeAction({ gatewayRef, approve }) {
      if (approve) return outcomeOfIntent(await retrieve(gatewayRef));
      try {
        const canceled = await stripeCall(() =>
          stripe.paymentIntents.cancel(gatewayRef, {}, { idempotencyKey: `cancel:${gatewayRef}` }),
        );
        return outcomeOfIntent(canceled);
      } catch (error) {
        // Too late to cancel (it succeeded meanwhile): report what it is.
        if (error instanceof GatewayRequestRejected) return outcomeOfIntent(await retrieve(gatewayRef));
        throw error;
      }
    },
    async refund(request) {
      const refund = await stripeCall(() =>
        stripe.refunds.create(
          {
            payment_intent: request.gatewayRef,
            amount: toStripeAmount(request.amountMinor, request.currency),
            metadata: request.refundId ? { refundId: request.refundId } : { orphanCharge: "true" },
          },
          { idempotencyKey: request.idempotencyKey },
        ),
      );
      return outcomeOfRefund(refund);
    },
    records: stripeRecords(stripe),
  };
}

/** Stripe's list and retrieve endpoints, for reconciliation. */
export function stripeRecords(stripe: Stripe): GatewayRecords {
  return {
    async *chargesSince(since) {
      const created = { gte: Math.floor(since.getTime() / 1000) };
      for await (const intent of stripe.paymentIntents.list({ created, limit: 100 })) {
        yield {
          outcome: outcomeOfIntent(intent),
          paymentId: intent.metadata?.paymentId ?? null,
          amountMinor: fromStripeAmount(intent.amount_received, intent.currency),
          currency: intent.currency.toUpperCase(),
        };
      }
    },
    async refundStatus(gatewayRef) {
      return outcomeOfRefund(await stripeCall(() => stripe.refunds.retrieve(gatewayRef)));
    },
  };
}
