import { schema } from "@marquee/db";
import { eq, sql } from "drizzle-orm";
import type { BookingDeps } from "./deps.ts";

const { refunds, payments } = schema;

/**
 * Sends a recorded refund to the payment's gateway and books the result. A refund the gateway
 * cannot take now stays pending (a later run retries it with the same idempotency key).
 */
export async function processRefund(
  deps: BookingDeps,
  refundId: string,
): Promise<"succeeded" | "pending" | "failed"> {
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
  let outcome: Awaited<ReturnType<typeof gateway.refund>>;
  try {
    outcome = await gateway.refund({
      gatewayRef: payment.gatewayRef,
      amountMinor: refund.amountMinor,
      currency: refund.currency,
      idempotencyKey: `refund:${refund.id}`,
    });
  } catch (error) {
    deps.log.warn({ err: error, refundId }, "refund deferred: gateway call failed");
    return "pending";
  }
  if (outcome.status !== "succeeded") {
    if (outcome.status === "failed")
      await deps.db
        .update(refunds)
        .set({ status: "failed", updatedAt: deps.now })
        .where(eq(refunds.id, refund.id));
    return outcome.status;
  }
  await deps.db.transaction(async (tx) => {
    const [applied] = await tx
      .update(refunds)
      .set({ status: "succeeded", gatewayRef: outcome.gatewayRef, updatedAt: deps.now })
      .where(sql`${refunds.id} = ${refund.id} and ${refunds.status} = 'pending'`)
      .returning({ id: refunds.id });
    if (!applied) return;
    await tx
      .update(payments)
      .set({
        refundedMinor: sql`${payments.refundedMinor} + ${refund.amountMinor}`,
        status: sql`case when ${payments.refundedMinor} + ${refund.amountMinor} >= ${payments.capturedMinor} then 'refunded' else 'partially_refunded' end::payment_status`,
        updatedAt: deps.now,
      })
      .where(eq(payments.id, payment.id));
  });
  return "succeeded";
}
