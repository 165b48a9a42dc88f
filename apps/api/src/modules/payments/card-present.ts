import type { ChargeOutcome, PaymentGateway, RefundOutcome } from "./gateway.ts";
import { GatewayRequestRejected } from "./gateway.ts";

/** Where a reader is with the payment it was handed. */
export type ReaderState =
  | { state: "waiting" }
  | { state: "authorized" }
  | { state: "captured"; amountMinor: number }
  | { state: "failed"; failureCode: string };

/**
 * A card reader fleet, shaped like Stripe Terminal's server-driven flow: create a card_present
 * payment, hand it to a reader, let the customer tap, capture. The simulated readers implement it
 * here; a Stripe Terminal driver would map each step to one API call.
 */
export interface CardReaderDriver {
  list(): Promise<{ id: string; label: string }[]>;
  /** Creates the card_present payment and hands it to the reader; returns the payment's id. */
  start(request: {
    readerId: string;
    amountMinor: number;
    currency: string;
    idempotencyKey: string;
    metadata: Record<string, string>;
  }): Promise<string>;
  status(intentId: string): Promise<ReaderState>;
  capture(intentId: string, idempotencyKey: string): Promise<number>;
  /** Cancels the reader's action and the payment (the customer or cashier gave up). */
  cancel(intentId: string): Promise<void>;
  refund(request: { intentId: string; amountMinor: number; idempotencyKey: string }): Promise<RefundOutcome>;
}

/**
 * Card-present payments at a box office or kiosk. Checkout hands the payment to the chosen reader
 * and answers "present_card"; the terminal then polls completePayment, which captures once the
 * customer's card is authorized, or reports the decline, the timeout or the cancellation.
 */
export function createCardPresentGateway(driver: CardReaderDriver): PaymentGateway {
  const outcomeFor = async (intentId: string, readerId: string): Promise<ChargeOutcome> => {
    const reader = await driver.status(intentId);
    switch (reader.state) {
      case "waiting":
        return {
          status: "requires_action",
          gatewayRef: intentId,
          nextAction: "present_card",
          metadata: { readerId },
        };
      case "authorized":
        return {
          status: "succeeded",
          gatewayRef: intentId,
          amountMinor: await driver.capture(intentId, `capture:${intentId}`),
        };
      case "captured":
        return { status: "succeeded", gatewayRef: intentId, amountMinor: reader.amountMinor };
      case "failed":
        return { status: "failed", gatewayRef: intentId, failureCode: reader.failureCode };
    }
  };
  return {
    name: "card_present",
    async charge(request) {
      if (request.method.gateway !== "card_present")
        throw new GatewayRequestRejected("card_present", "unsupported_payment_method");
      const { readerId } = request.method;
      const intentId = await driver.start({
        readerId,
        amountMinor: request.amountMinor,
        currency: request.currency,
        idempotencyKey: request.idempotencyKey,
        metadata: { paymentId: request.paymentId, orderId: request.orderId, readerId },
      });
      return outcomeFor(intentId, readerId);
    },
    async completeAction({ gatewayRef, approve, metadata }) {
      const readerId = typeof metadata.readerId === "string" ? metadata.readerId : "";
      // Cancelling releases a waiting or authorized payment; one already captured stays captured.
      if (!approve) await driver.cancel(gatewayRef);
      return outcomeFor(gatewayRef, readerId);
    },
    async refund(request) {
      return driver.refund({
        intentId: request.gatewayRef,
        amountMinor: request.amountMinor,
        idempotencyKey: request.idempotencyKey,
      });
    },
    readers: () => driver.list(),
  };
}
