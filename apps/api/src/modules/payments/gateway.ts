import type { PaymentMethod } from "@marquee/contracts";

export type ChargeOutcome =
  | { status: "succeeded"; gatewayRef: string; amountMinor: number }
  | { status: "requires_action"; gatewayRef: string }
  | { status: "failed"; gatewayRef: string | null; failureCode: string };

export interface ChargeRequest {
  paymentId: string;
  amountMinor: number;
  currency: string;
  method: PaymentMethod;
  /** Sent to the gateway so a retried request never charges twice. */
  idempotencyKey: string;
}

export interface RefundRequest {
  gatewayRef: string;
  amountMinor: number;
  currency: string;
  idempotencyKey: string;
}

export type RefundOutcome =
  | { status: "succeeded" | "pending"; gatewayRef: string }
  | { status: "failed"; failureCode: string };

/** One interface for every way money moves: simulated, Stripe, cash, card-present. */
export interface PaymentGateway {
  readonly name: "simulated" | "stripe" | "cash" | "card_present";
  charge(request: ChargeRequest): Promise<ChargeOutcome>;
  /** Finishes a charge that needed the buyer's confirmation (3-D Secure and the like). */
  completeAction(gatewayRef: string, approve: boolean, amountMinor: number): Promise<ChargeOutcome>;
  refund(request: RefundRequest): Promise<RefundOutcome>;
}

export class GatewayUnavailable extends Error {
  constructor(gateway: string, cause?: unknown) {
    super(`Payment gateway ${gateway} is not reachable`, { cause });
    this.name = "GatewayUnavailable";
  }
}
