import type { PaymentGatewayName, PaymentsConfig } from "@marquee/contracts";
import type Stripe from "stripe";
import type { Config } from "../../config.ts";
import type { Logger } from "../../logger.ts";
import { guardGateway } from "./breaker.ts";
import { type CardReaderDriver, createCardPresentGateway } from "./card-present.ts";
import { createCashGateway } from "./cash.ts";
import type { PaymentGateway } from "./gateway.ts";
import { createSimulatedGateway } from "./simulated.ts";
import { createSimulatedReaders } from "./simulated-readers.ts";
import { createStripeClient, createStripeGateway } from "./stripe.ts";

export type PaymentGateways = Record<PaymentGatewayName, PaymentGateway | undefined>;

export type GatewaySettings = Pick<
  Config,
  | "STRIPE_SECRET_KEY"
  | "STRIPE_API_BASE"
  | "PAYMENT_GATEWAY_TIMEOUT_MS"
  | "PAYMENT_BREAKER_FAILURES"
  | "PAYMENT_BREAKER_OPEN_MS"
  | "CARD_READER_TIMEOUT_SECONDS"
>;

export interface GatewayOverrides {
  /** A Stripe client to use instead of one built from STRIPE_SECRET_KEY (tests: a stand-in). */
  stripe?: Stripe;
  readers?: CardReaderDriver;
  /** Keep the simulated gateway (and simulated readers) on even with Stripe configured. */
  simulated?: boolean;
}

/**
 * Gateways this process can use, each behind a timeout and a circuit breaker. With
 * STRIPE_SECRET_KEY set, Stripe takes online cards and the simulated gateway and readers are off
 * (test cards must never buy real tickets); without it, they are the zero-setup default.
 * Card-present with real readers needs a Stripe Terminal driver (see README: not built yet).
 */
export function createPaymentGateways(
  settings: GatewaySettings,
  log?: Logger,
  overrides: GatewayOverrides = {},
): PaymentGateways {
  const stripe =
    overrides.stripe ??
    (settings.STRIPE_SECRET_KEY
      ? createStripeClient({
          secretKey: settings.STRIPE_SECRET_KEY,
          apiBase: settings.STRIPE_API_BASE,
          timeoutMs: settings.PAYMENT_GATEWAY_TIMEOUT_MS,
          maxNetworkRetries: 2,
        })
      : undefined);
  const simulated = overrides.simulated ?? !stripe;
  // Simulated readers approve any "card": like the simulated gateway, test mode only.
  const readers =
    overrides.readers ??
    (simulated
      ? createSimulatedReaders({
          autoApproveAfterMs: 3_000,
          collectTimeoutMs: settings.CARD_READER_TIMEOUT_SECONDS * 1000,
        })
      : undefined);
  const guard = (gateway: PaymentGateway) =>
    guardGateway(gateway, {
      timeoutMs: settings.PAYMENT_GATEWAY_TIMEOUT_MS,
      failuresToOpen: settings.PAYMENT_BREAKER_FAILURES,
      halfOpenAfterMs: settings.PAYMENT_BREAKER_OPEN_MS,
      log,
    });
  return {
    simulated: simulated ? guard(createSimulatedGateway()) : undefined,
    stripe: stripe ? guard(createStripeGateway(stripe)) : undefined,
    cash: guard(createCashGateway()),
    card_present: readers ? guard(createCardPresentGateway(readers)) : undefined,
  };
}

/** What clients are told about payments: which form to show and whether money is real. */
export async function paymentsConfigOf(
  config: Pick<Config, "STRIPE_SECRET_KEY" | "STRIPE_PUBLISHABLE_KEY">,
  gateways: PaymentGateways,
): Promise<PaymentsConfig> {
  const live = /^(sk|rk)_live_/.test(config.STRIPE_SECRET_KEY ?? "");
  return {
    mode: live ? "live" : "test",
    gateway: gateways.stripe ? "stripe" : "simulated",
    publishableKey: gateways.stripe ? (config.STRIPE_PUBLISHABLE_KEY ?? null) : null,
    readers: (await gateways.card_present?.readers?.()) ?? [],
  };
}
