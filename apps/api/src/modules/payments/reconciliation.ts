import type { PaymentGatewayName, ReconciliationFinding, ReconciliationRun } from "@marquee/contracts";
import { schema } from "@marquee/db";
import { and, eq, gte, inArray, isNotNull, lte, or } from "drizzle-orm";
import { confirmPayment } from "../booking/confirm.ts";
import type { BookingDeps } from "../booking/deps.ts";
import { processRefund } from "../booking/refunds.ts";
import { type NewFinding, recordFinding, recordFindingOnce } from "./findings.ts";
import type { GatewayCharge, PaymentGateway } from "./gateway.ts";

const { payments, refunds } = schema;
const settledStatuses = ["succeeded", "refunded", "partially_refunded"] as const;
/** A refund younger than this may still be in flight in another request; leave it alone. */
const REFUND_GRACE_MS = 5 * 60_000;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Compares each gateway's records for the last `lookbackHours` with ours and repairs what it can:
 * a charge that succeeded without our hearing of it confirms its order (or is refunded if the seats
 * are gone); a charge no order of ours owns is refunded; refunds stuck pending are sent again. Every
 * mismatch is recorded with what was done, for admins to see.
 */
export async function reconcilePayments(
  deps: BookingDeps,
  options: { lookbackHours: number },
): Promise<ReconciliationRun> {
  const runAt = deps.now;
  const since = new Date(runAt.getTime() - options.lookbackHours * 3_600_000);
  const findings: ReconciliationFinding[] = [];
  const note = async (finding: Omit<NewFinding, "runAt">, once = false) => {
    const row = once
      ? await recordFindingOnce(deps.db, { ...finding, runAt })
      : await recordFinding(deps.db, { ...finding, runAt });
    if (row) findings.push(row);
  };
  let checked = 0;
  for (const [name, gateway] of Object.entries(deps.gateways) as [
    PaymentGatewayName,
    PaymentGateway | undefined,
  ][]) {
    if (!gateway?.records) continue;
    const seen = new Set<string>();
    for await (const charge of gateway.records.chargesSince(since)) {
      checked++;
      seen.add(charge.outcome.gatewayRef ?? "");
      if (charge.outcome.status === "succeeded") await reconcileCharge(deps, name, gateway, charge, note);
    }
    const ours = await deps.db
      .select({ id: payments.id, orderId: payments.orderId, gatewayRef: payments.gatewayRef })
      .from(payments)
      .where(
        and(
          eq(payments.gateway, name),
          inArray(payments.status, [...settledStatuses]),
          isNotNull(payments.gatewayRef),
          gte(payments.createdAt, since),
        ),
      );
    for (const payment of ours) {
      if (payment.gatewayRef && !seen.has(payment.gatewayRef) && !payment.gatewayRef.startsWith("free_"))
        await note(
          {
            gateway: name,
            kind: "missing_at_gateway",
            gatewayRef: payment.gatewayRef,
            orderId: payment.orderId,
            action: "flagged",
            details: { paymentId: payment.id },
          },
          true,
        );
    }
  }
  checked += await retryStuckRefunds(deps, since, note);
  return { runAt, checked, findings };
}

type Note = (finding: Omit<NewFinding, "runAt">, once?: boolean) => Promise<void>;

async function reconcileCharge(
  deps: BookingDeps,
  name: PaymentGatewayName,
  gateway: PaymentGateway,
  charge: GatewayCharge,
  note: Note,
): Promise<void> {
  const gatewayRef = charge.outcome.gatewayRef ?? "";
  const [payment] = await deps.db
    .select()
    .from(payments)
    .where(
      charge.paymentId && uuidPattern.test(charge.paymentId)
        ? eq(payments.id, charge.paymentId)
        : and(eq(payments.gateway, name), eq(payments.gatewayRef, gatewayRef)),
    );
  const owned =
    payment &&
    (!payment.gatewayRef || payment.gatewayRef === gatewayRef) &&
    payment.currency === charge.currency;
  if (!owned) {
    await refundOrphan(deps, name, gateway, charge, note);
    return;
  }
  if ((settledStatuses as readonly string[]).includes(payment.status)) {
    if (payment.capturedMinor !== charge.amountMinor)
      await note(
        {
          gateway: name,
          kind: "amount_mismatch",
          gatewayRef,
          orderId: payment.orderId,
          action: "flagged",
          details: { paymentId: payment.id, ours: payment.capturedMinor, gateway: charge.amountMinor },
        },
        true,
      );
    return;
  }
  // Money was taken but no webhook told us: confirm now (or refund, if the seats are gone).
  const outcome = await confirmPayment(deps, payment.id, { gatewayRef, amountMinor: charge.amountMinor });
  if (outcome === "already_applied") return;
  await note({
    gateway: name,
    kind: "missing_webhook",
    gatewayRef,
    orderId: payment.orderId,
    action: outcome === "confirmed" ? "confirmed_order" : "refunded",
    details: { paymentId: payment.id, amountMinor: charge.amountMinor, currency: charge.currency },
  });
}

async function refundOrphan(
  deps: BookingDeps,
  name: PaymentGatewayName,
  gateway: PaymentGateway,
  charge: GatewayCharge,
  note: Note,
): Promise<void> {
  const gatewayRef = charge.outcome.gatewayRef ?? "";
  const [done] = await deps.db
    .select({ id: schema.reconciliationFindings.id })
    .from(schema.reconciliationFindings)
    .where(
      and(
        eq(schema.reconciliationFindings.kind, "orphan_charge"),
        eq(schema.reconciliationFindings.gatewayRef, gatewayRef),
        eq(schema.reconciliationFindings.action, "refunded"),
      ),
    );
  if (done) return;
  let action = "refunded";
  let failure: string | null = null;
  try {
    const refund = await gateway.refund({
      refundId: null,
      gatewayRef,
      amountMinor: charge.amountMinor,
      currency: charge.currency,
      idempotencyKey: `orphan:${gatewayRef}`,
    });
    if (refund.status === "failed") {
      action = "refund_failed";
      failure = refund.failureCode;
    }
  } catch (error) {
    action = "refund_failed";
    failure = error instanceof Error ? error.message : String(error);
  }
  await note({
    gateway: name,
    kind: "orphan_charge",
    gatewayRef,
    orderId: null,
    action,
    details: {
      amountMinor: charge.amountMinor,
      currency: charge.currency,
      paymentId: charge.paymentId,
      failure,
    },
  });
}

/** Refunds left pending (gateway down when they were made, or still processing) are tried again. */
async function retryStuckRefunds(deps: BookingDeps, since: Date, note: Note): Promise<number> {
  const stuck = await deps.db
    .select({
      id: refunds.id,
      orderId: refunds.orderId,
      gateway: payments.gateway,
      gatewayRef: refunds.gatewayRef,
    })
    .from(refunds)
    .innerJoin(payments, eq(payments.id, refunds.paymentId))
    .where(
      or(
        and(
          eq(refunds.status, "pending"),
          lte(refunds.createdAt, new Date(deps.now.getTime() - REFUND_GRACE_MS)),
        ),
        and(eq(refunds.status, "failed"), gte(refunds.updatedAt, since)),
      ),
    );
  for (const refund of stuck) {
    const state = await processRefund(deps, refund.id);
    if (state === "pending") continue;
    await note(
      {
        gateway: refund.gateway,
        kind: state === "failed" ? "refund_failed" : "refund_retried",
        gatewayRef: refund.gatewayRef ?? refund.id,
        orderId: refund.orderId,
        action: state === "failed" ? "flagged" : "refunded",
        details: { refundId: refund.id },
      },
      true,
    );
  }
  return stuck.length;
}
