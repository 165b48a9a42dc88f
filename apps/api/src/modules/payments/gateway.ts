import type { PaymentGatewayName, PaymentMethod, PaymentNextAction } from "@marquee/contracts";

/**
 * What a gateway said about a charge. `requires_action` and `pending` are not final: the outcome
 * arrives later through the buyer's confirmation step, a reader, a webhook or reconciliation.
 */
export type ChargeOutcome =
  | { status: "succeeded"; gatewayRef: string; amountMinor: number }
  | {
      status: "requires_action";
      gatewayRef: string;
      nextAction: PaymentNextAction;
      /** Kept on the payment for the next step: Stripe's client secret, the reader's id. */
      metadata?: Record<string, string>;
      /** The last attempt's decline, when the buyer may still try again on the same payment. */
      failureCode?: string | null;
    }
  | { status: "pending"; gatewayRef: string }
  | { status: "failed"; gatewayRef: string | null; failureCode: string };

export interface ChargeRequest {
  paymentId: string;
  orderId: string;
  amountMinor: number;
  currency: string;
  method: PaymentMethod;
  /** Sent to the gateway so a retried request never charges twice. */
  idempotencyKey: string;
}

export interface CompleteActionRequest {
  gatewayRef: string;
  /** false: the buyer or cashier gave up; the gateway cancels what it can. */
  approve: boolean;
  amountMinor: number;
  metadata: Record<string, unknown>;
}

export interface RefundRequest {
  /** Our refunds row; null for money we never booked (an orphan charge found by reconciliation). */
  refundId: string | null;
  gatewayRef: string;
  amountMinor: number;
  currency: string;
  idempotencyKey: string;
}

export type RefundOutcome =
  | { status: "succeeded" | "pending"; gatewayRef: string }
  | { status: "failed"; failureCode: string; gatewayRef?: string | undefined };

/** One interface for every way money moves: simulated, Stripe, cash, card-present. */
export interface PaymentGateway {
  readonly name: PaymentGatewayName;
  charge(request: ChargeRequest): Promise<ChargeOutcome>;
  /** Finishes or re-checks a charge that needed a step (3-D Secure, Payment Element, card reader). */
  completeAction(request: CompleteActionRequest): Promise<ChargeOutcome>;
  refund(request: RefundRequest): Promise<RefundOutcome>;
  /** The gateway's own records, where it keeps any (Stripe), for reconciliation. */
  readonly records?: GatewayRecords;
  /** Card readers payments can be handed to (card-present). */
  readonly readers?: () => Promise<{ id: string; label: string }[]>;
}

/** A charge as the gateway's records show it. */
export interface GatewayCharge {
  outcome: ChargeOutcome;
  /** Our payment id, from the metadata we attached; null for a charge we did not create. */
  paymentId: string | null;
  /** What was actually received, in our minor units. */
  amountMinor: number;
  currency: string;
}

export interface GatewayRecords {
  chargesSince(since: Date): AsyncIterable<GatewayCharge>;
  refundStatus(gatewayRef: string): Promise<RefundOutcome>;
}

/** The gateway cannot be reached or is failing: the caller keeps the hold and says "try again". */
export class GatewayUnavailable extends Error {
  constructor(gateway: string, cause?: unknown) {
    super(`Payment gateway ${gateway} is not reachable`, { cause });
    this.name = "GatewayUnavailable";
  }
}

/**
 * The gateway refused the request itself (invalid parameters, idempotency key reuse): a bug or a
 * bad input, not an outage, so it does not count against the circuit breaker.
 */
export class GatewayRequestRejected extends Error {
  constructor(
    gateway: string,
    readonly code: string,
    cause?: unknown,
  ) {
    super(`Payment gateway ${gateway} rejected the request (${code})`, { cause });
    this.name = "GatewayRequestRejected";
  }
}
