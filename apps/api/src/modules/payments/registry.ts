import type { PaymentGateway } from "./gateway.ts";
import { createSimulatedGateway } from "./simulated.ts";

export type PaymentGateways = Record<PaymentGateway["name"], PaymentGateway | undefined>;

/** Gateways this process can use. Stripe, cash and card-present join with the payments issue. */
export function createPaymentGateways(): PaymentGateways {
  return { simulated: createSimulatedGateway(), stripe: undefined, cash: undefined, card_present: undefined };
}
