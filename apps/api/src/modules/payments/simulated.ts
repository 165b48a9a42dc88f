import { randomUUID } from "node:crypto";
import { type ChargeOutcome, GatewayRequestRejected, type PaymentGateway } from "./gateway.ts";

/**
 * The zero-setup gateway (test mode). It accepts only its published test card numbers, the
 * same ones Stripe documents, so the whole purchase flow runs without a payment provider.
 */
export const simulatedTestCards = {
  "4242424242424242": "succeeds",
  "4000000000000002": "card_declined",
  "4000000000009995": "insufficient_funds",
  "4000002500003155": "requires_action",
} as const;

type CardBehaviour = (typeof simulatedTestCards)[keyof typeof simulatedTestCards];

function luhnValid(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function behaviourOf(cardNumber: string): CardBehaviour | "invalid_number" {
  if (!luhnValid(cardNumber)) return "invalid_number";
  return simulatedTestCards[cardNumber as keyof typeof simulatedTestCards] ?? "card_declined";
}

export function createSimulatedGateway(): PaymentGateway {
  return {
    name: "simulated",
    async charge(request): Promise<ChargeOutcome> {
      if (request.method.gateway !== "simulated")
        throw new GatewayRequestRejected("simulated", "unsupported_payment_method");
      const gatewayRef = `sim_pi_${randomUUID()}`;
      const behaviour = behaviourOf(request.method.cardNumber);
      if (behaviour === "succeeds")
        return { status: "succeeded", gatewayRef, amountMinor: request.amountMinor };
      if (behaviour === "requires_action")
        return { status: "requires_action", gatewayRef, nextAction: "confirm_card" };
      return { status: "failed", gatewayRef, failureCode: behaviour };
    },
    async completeAction({ gatewayRef, approve, amountMinor }) {
      return approve
        ? { status: "succeeded", gatewayRef, amountMinor }
        : { status: "failed", gatewayRef, failureCode: "authentication_failed" };
    },
    async refund() {
      return { status: "succeeded", gatewayRef: `sim_re_${randomUUID()}` };
    },
  };
}
