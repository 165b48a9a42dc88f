import { randomUUID } from "node:crypto";
import type { Tx } from "@marquee/db";
import { DomainError } from "../../errors.ts";
import type { Holder } from "../inventory/holder.ts";
import { lockOpenShift } from "../venue-ops/shifts.ts";
import { GatewayRequestRejected, type PaymentGateway } from "./gateway.ts";

/**
 * Cash at the box office. The money changes hands at the counter, so the "gateway" only confirms;
 * what matters is recorded with the payment: amount tendered, change due, and the shift whose
 * drawer took it (see prepareCashPayment).
 */
export function createCashGateway(): PaymentGateway {
  return {
    name: "cash",
    async charge(request) {
      if (request.method.gateway !== "cash")
        throw new GatewayRequestRejected("cash", "unsupported_payment_method");
      return {
        status: "succeeded",
        gatewayRef: `cash_${request.paymentId}`,
        amountMinor: request.amountMinor,
      };
    },
    async completeAction() {
      throw new GatewayRequestRejected("cash", "no_action_pending");
    },
    async refund(request) {
      return { status: "succeeded", gatewayRef: `cash_re_${request.refundId ?? randomUUID()}` };
    },
  };
}

export interface CashTender {
  cashShiftId: string;
  tenderedMinor: number;
  changeMinor: number;
}

/** Checks the tender against the total and finds the cashier's open shift at this terminal. */
export async function prepareCashPayment(
  tx: Tx,
  holder: Holder,
  tenderedMinor: number,
  totalMinor: number,
  currency: string,
): Promise<CashTender> {
  if (!holder.terminalId || !holder.userId)
    throw new DomainError(
      "PAYMENT_METHOD_NOT_ALLOWED",
      "Cash is taken at a box office by a signed-in cashier.",
    );
  const shift = await lockOpenShift(tx, holder.terminalId);
  if (!shift || shift.cashierUserId !== holder.userId)
    throw new DomainError("SHIFT_NOT_OPEN", "Open your shift at this terminal before taking cash.");
  if (shift.currency !== currency)
    throw new DomainError(
      "PAYMENT_METHOD_NOT_ALLOWED",
      `This drawer holds ${shift.currency}, not ${currency}.`,
    );
  if (tenderedMinor < totalMinor)
    throw new DomainError("VALIDATION_FAILED", "The cash handed over is less than the total.", {
      field: "tenderedMinor",
      totalMinor,
    });
  return { cashShiftId: shift.id, tenderedMinor, changeMinor: tenderedMinor - totalMinor };
}
