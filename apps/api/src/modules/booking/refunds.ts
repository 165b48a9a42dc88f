import { schema, type Tx } from "@marquee/db";
import { eq, sql } from "drizzle-orm";
import type { RefundOutcome } from "../payments/gateway.ts";
import { lockOpenShift, moveDrawer } from "../venue-ops/shifts.ts";
import type { BookingDeps } from "./deps.ts";

const { refunds, payments, cashShifts } = schema;

export type RefundState = "succeeded" | "pending" | "failed";

/**
 * Sends a recorded refund to the payment's gateway and books the result. A refund the gateway
 * cannot take now stays pending (reconciliation retries it with the same idempotency key). One the
 * gateway already accepted is never sent again: its status is asked for instead, so a retry after
 * the gateway forgot the idempotency key cannot refund twice.
 */
export async function processRefund(deps: BookingDeps, refundId: string): Promise<RefundState> {
  const [row] = await deps.db
    .select({ refund: refunds, payment: payments })
    .from(refunds)
    .innerJoin(payments, eq(payments.id, refunds.paymentId))
    .where(eq(refunds.id, refundId));
  if (!row) throw new Error(`refund ${refundId} not found`);
  const { refund, payment } = row;
  if (refund.status !== "pending") return refund.status;
  const gateway = deps.gateways[payment.gateway];
  if (!gateway || !payment.gatewayRef) {
    deps.log.error({ refundId, gateway: payment.gateway }, "refund cannot be sent: gateway unavailable");
    return "pending";
  }
  let outcome: RefundOutcome;
  try {
    if (refund.gatewayRef) {
      if (!gateway.records) return "pending";
      outcome = await gateway.records.refundStatus(refund.gatewayRef);
    } else {
      outcome = await gateway.refund({
        refundId: refund.id,
        gatewayRef: payment.gatewayRef,
        amountMinor: refund.amountMinor,
        currency: refund.currency,
        idempotencyKey: `refund:${refund.id}`,
      });
    }
  } catch (error) {
    deps.log.warn({ err: error, refundId }, "refund deferred: gateway call failed");
    return "pending";
  }
  const settled = await settleRefund(deps, refund.id, outcome);
  return settled === "already_settled" ? await refundStatus(deps, refund.id) : settled;
}

async function refundStatus(deps: BookingDeps, refundId: string): Promise<RefundState> {
  const [row] = await deps.db
    .select({ status: refunds.status })
    .from(refunds)
    .where(eq(refunds.id, refundId));
  return row?.status ?? "pending";
}

/**
 * Books what the gateway said about a refund, exactly once, whoever reports it first: the answer
 * to our request, a webhook, or reconciliation. A settled refund is never changed again.
 */
export async function settleRefund(
  deps: Pick<BookingDeps, "db" | "now">,
  refundId: string,
  outcome: RefundOutcome,
): Promise<RefundState | "already_settled"> {
  return deps.db.transaction(async (tx) => {
    const [refund] = await tx.select().from(refunds).where(eq(refunds.id, refundId)).for("update");
    if (!refund) throw new Error(`refund ${refundId} not found`);
    if (refund.status !== "pending") return "already_settled";
    const gatewayRef = outcome.gatewayRef ?? refund.gatewayRef;
    if (outcome.status === "pending" || outcome.status === "failed") {
      await tx
        .update(refunds)
        .set({ status: outcome.status, gatewayRef, updatedAt: deps.now })
        .where(eq(refunds.id, refund.id));
      return outcome.status;
    }
    await tx
      .update(refunds)
      .set({ status: "succeeded", gatewayRef, updatedAt: deps.now })
      .where(eq(refunds.id, refund.id));
    const [payment] = await tx
      .update(payments)
      .set({
        refundedMinor: sql`${payments.refundedMinor} + ${refund.amountMinor}`,
        status: sql`case when ${payments.refundedMinor} + ${refund.amountMinor} >= ${payments.capturedMinor} then 'refunded' else 'partially_refunded' end::payment_status`,
        updatedAt: deps.now,
      })
      .where(eq(payments.id, refund.paymentId))
      .returning({ gateway: payments.gateway, cashShiftId: payments.cashShiftId });
    if (payment?.gateway === "cash" && payment.cashShiftId)
      await payOutCash(tx, payment.cashShiftId, refund.amountMinor);
    return "succeeded";
  });
}

/** Cash refunds leave the drawer of the selling terminal's open shift (the sale's own, if still open). */
async function payOutCash(tx: Tx, saleShiftId: string, amountMinor: number): Promise<void> {
  const [sale] = await tx
    .select({ terminalId: cashShifts.terminalId })
    .from(cashShifts)
    .where(eq(cashShifts.id, saleShiftId));
  const open = sale && (await lockOpenShift(tx, sale.terminalId));
  if (open) await moveDrawer(tx, open.id, -amountMinor);
}
