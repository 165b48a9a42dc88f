import { createHash } from "node:crypto";
import type { CheckoutInput, Order, PriceBreakdown } from "@marquee/contracts";
import { reusableInsert, reusableQuery, schema, type Tx, valueAtRun } from "@marquee/db";
import { and, eq, inArray, isNotNull, or, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { DomainError } from "../../errors.ts";
import { isUniqueViolation } from "../../infra/pg-error.ts";
import { type Holder, ownsHold } from "../inventory/holder.ts";
import { prepareCashPayment } from "../payments/cash.ts";
import { type ChargeOutcome, GatewayRequestRejected, type PaymentGateway } from "../payments/gateway.ts";
import { assertMethodAllowed } from "../payments/methods.ts";
import { feesForHold } from "../pricing/fees.ts";
import { newBookingCode } from "./codes.ts";
import { confirmPayment } from "./confirm.ts";
import type { BookingDeps } from "./deps.ts";
import { holdLines } from "./hold-lines.ts";
import { loadOrder } from "./order-view.ts";
import { breakdownOf, type PricedOrder, priceOrder } from "./price.ts";
import { findValidPromo, releasePromo, reservePromo, type ValidPromo } from "./promo.ts";

const { orders, orderItems, payments, shows, events, holds } = schema;

class ConcurrentReplay extends Error {}

interface PricedHold {
  hold: typeof holds.$inferSelect;
  show: { organizationId: string; eventId: string; currency: string };
  priced: PricedOrder;
  promo: ValidPromo | null;
}

const lockedHoldWithShow = reusableQuery("checkout_lock_hold", (db) =>
  db
    .select({
      hold: holds,
      organizationId: events.organizationId,
      eventId: shows.eventId,
      currency: shows.currency,
      keyUsed:
        sql<boolean>`exists (select 1 from ${orders} where ${orders.idempotencyKey} = ${sql.placeholder("key")})`.mapWith(
          Boolean,
        ),
    })
    .from(holds)
    .innerJoin(shows, eq(shows.id, holds.showId))
    .innerJoin(events, eq(events.id, shows.eventId))
    .where(eq(holds.id, sql.placeholder("holdId")))
    .for("update", { of: holds }),
);

const insertOrder = reusableInsert("checkout_order", orders);
const insertOrderItems = reusableInsert("checkout_order_items", orderItems);
const insertPayment = reusableInsert("checkout_payment", payments);

/**
 * Locks a hold and reads what pricing it needs in one round trip: the reads are pipelined on
 * the transaction's connection behind the lock, so they see the hold as locked. `keyUsed` says
 * whether an order already has `idempotencyKey` (a retry of a checkout that got through).
 */
async function lockHoldForPricing(tx: Tx, holdId: string, idempotencyKey: string | null = null) {
  const [[row], lines, fees] = await Promise.all([
    lockedHoldWithShow(tx, { holdId, key: idempotencyKey }),
    holdLines(tx, holdId),
    feesForHold(tx, holdId),
  ]);
  return row && { ...row, lines, fees };
}

/** Prices a locked hold as it would be charged now: tier × multiplier − promo + fees. */
async function priceHold(
  tx: Tx,
  deps: BookingDeps,
  holder: Holder,
  locked: Awaited<ReturnType<typeof lockHoldForPricing>>,
  promoCode: string | undefined,
): Promise<PricedHold> {
  if (!locked || !ownsHold(holder, locked.hold))
    throw new DomainError("HOLD_NOT_FOUND", "This hold does not exist.");
  const { hold, lines, fees, keyUsed: _keyUsed, ...show } = locked;
  if (hold.status !== "active")
    throw new DomainError("HOLD_NOT_ACTIVE", "This hold has ended. Please choose seats again.");
  if (hold.expiresAt <= deps.now)
    throw new DomainError("HOLD_EXPIRED", "Your hold has expired. Please choose seats again.");
  if (lines.length === 0) throw new DomainError("HOLD_NOT_ACTIVE", "This hold no longer has any seats.");
  const promo = promoCode
    ? await findValidPromo(tx, { code: promoCode, ...show, userId: holder.userId, now: deps.now })
    : null;
  return { hold, show, priced: priceOrder(lines, promo, fees), promo };
}

export async function quoteHold(
  deps: BookingDeps,
  holder: Holder,
  input: { holdId: string; promoCode?: string | undefined },
): Promise<PriceBreakdown> {
  return deps.db.transaction(async (tx) => {
    const locked = await lockHoldForPricing(tx, input.holdId);
    const { priced, show, promo } = await priceHold(tx, deps, holder, locked, input.promoCode);
    return breakdownOf(priced, show.currency, promo && { code: promo.code, description: promo.description });
  });
}

const requestHashOf = (input: CheckoutInput) =>
  createHash("sha256")
    .update(JSON.stringify([input.holdId, input.promoCode ?? null, input.payment, input.customer ?? null]))
    .digest("hex");

/**
 * Turns a live hold into an order awaiting payment, with prices fixed now, then charges it.
 * The idempotency key makes a retried request return the same order, never a second charge.
 */
export async function checkout(deps: BookingDeps, holder: Holder, input: CheckoutInput): Promise<Order> {
  const requestHash = requestHashOf(input);
  const gateway = deps.gateways[input.payment.gateway];
  if (!gateway) throw new DomainError("PAYMENT_GATEWAY_UNAVAILABLE", "This payment method is not available.");
  assertMethodAllowed(holder, input.payment);

  let created: ChargeTarget;
  try {
    created = await deps.db.transaction(async (tx) => {
      // The hold lock orders concurrent retries of one request: the later one sees the earlier's order.
      const locked = await lockHoldForPricing(tx, input.holdId, input.idempotencyKey);
      if (locked?.keyUsed) throw new ConcurrentReplay();
      const { hold, show, priced, promo } = await priceHold(tx, deps, holder, locked, input.promoCode);
      const cash =
        input.payment.gateway === "cash"
          ? await prepareCashPayment(
              tx,
              holder,
              input.payment.tenderedMinor,
              priced.totalMinor,
              show.currency,
            )
          : {};
      const orderId = uuidv7();
      const paymentId = uuidv7();
      // One round trip: the writes are pipelined, in this order, on the transaction's connection.
      const [superseded] = await Promise.all([
        supersedeUnpaidOrders(tx, hold.id, deps.now),
        insertOrder(tx, [
          {
            id: orderId,
            code: newBookingCode(),
            userId: holder.userId,
            organizationId: show.organizationId,
            showId: hold.showId,
            holdId: hold.id,
            channel: hold.channel,
            currency: show.currency,
            subtotalMinor: priced.subtotalMinor,
            discountMinor: priced.discountMinor,
            feesMinor: priced.feesMinor,
            totalMinor: priced.totalMinor,
            promoCodeId: promo?.id ?? null,
            idempotencyKey: input.idempotencyKey,
            requestHash,
            customerEmail: input.customer?.email ?? null,
            customerName: input.customer?.name ?? null,
            terminalId: holder.terminalId,
            expiresAt: hold.expiresAt,
            createdAt: deps.now,
          },
        ]),
        insertOrderItems(
          tx,
          priced.lines.map((line) => ({
            orderId,
            seatId: line.seatId,
            tierId: line.tierId,
            gaQuotaId: line.gaQuotaId,
            unitPriceMinor: line.unitPriceMinor,
            multiplierBps: line.multiplierBps,
            discountMinor: line.discountMinor,
            feeMinor: line.feeMinor,
            totalMinor: line.totalMinor,
          })),
        ),
        insertPayment(tx, [
          {
            id: paymentId,
            orderId,
            gateway: gateway.name,
            amountMinor: priced.totalMinor,
            currency: show.currency,
            ...cash,
            createdAt: deps.now,
          },
        ]),
      ]);
      await closeSupersededOrders(tx, superseded, deps.now);
      if (promo) await reservePromo(tx, promo, orderId, holder.userId);
      return { orderId, paymentId, totalMinor: priced.totalMinor, currency: show.currency };
    });
  } catch (error) {
    if (error instanceof ConcurrentReplay || isUniqueViolation(error, "orders_idempotency_key_unique")) {
      const raced = await replayCheckout(deps, holder, input);
      if (raced) return raced;
    }
    throw error;
  }

  return chargeOrder(deps, gateway, created, input.payment);
}

interface ChargeTarget {
  orderId: string;
  paymentId: string;
  totalMinor: number;
  currency: string;
}

/**
 * Charges an order's payment (outside any transaction: gateways are slow) and books the outcome.
 * The gateway idempotency key is the payment's, so a retried checkout re-sends the same charge.
 */
async function chargeOrder(
  deps: BookingDeps,
  gateway: PaymentGateway,
  target: ChargeTarget,
  method: CheckoutInput["payment"],
): Promise<Order> {
  let outcome: ChargeOutcome;
  try {
    outcome =
      target.totalMinor === 0
        ? { status: "succeeded", gatewayRef: `free_${target.orderId}`, amountMinor: 0 }
        : await gateway.charge({
            paymentId: target.paymentId,
            orderId: target.orderId,
            amountMinor: target.totalMinor,
            currency: target.currency,
            method,
            idempotencyKey: `charge:${target.paymentId}`,
          });
  } catch (error) {
    if (error instanceof GatewayRequestRejected) {
      outcome = { status: "failed", gatewayRef: null, failureCode: error.code };
    } else {
      deps.log.warn({ err: error, orderId: target.orderId }, "payment gateway call failed; hold kept");
      throw new DomainError(
        "PAYMENT_GATEWAY_UNAVAILABLE",
        "We could not reach the payment provider. Your seats are still held; please try again.",
        { orderId: target.orderId },
      );
    }
  }
  await applyChargeOutcome(deps, target.paymentId, outcome);
  return orderOrThrow(deps, target.orderId);
}

/** Books what the gateway said about a charge. Declines keep the hold so the buyer can retry. */
export async function applyChargeOutcome(
  deps: BookingDeps,
  paymentId: string,
  outcome: ChargeOutcome,
): Promise<void> {
  const orderId = await recordChargeOutcome(deps, paymentId, outcome);
  if (outcome.status === "failed") {
    throw new DomainError("PAYMENT_DECLINED", declineMessage(outcome.failureCode), {
      orderId,
      failureCode: outcome.failureCode,
    });
  }
}

/**
 * Records a charge outcome, whoever reports it (checkout, the buyer's return, a webhook,
 * reconciliation). Success confirms the order (idempotently); the other outcomes only move a
 * payment that is still open, so a late or repeated report never undoes a success.
 */
export async function recordChargeOutcome(
  deps: BookingDeps,
  paymentId: string,
  outcome: ChargeOutcome,
): Promise<string | undefined> {
  if (outcome.status === "succeeded") {
    await confirmPayment(deps, paymentId, {
      gatewayRef: outcome.gatewayRef,
      amountMinor: outcome.amountMinor,
    });
    return undefined;
  }
  const [payment] = await deps.db
    .update(payments)
    .set({
      status: outcome.status,
      ...(outcome.gatewayRef !== null && { gatewayRef: outcome.gatewayRef }),
      failureCode:
        outcome.status === "failed"
          ? outcome.failureCode
          : outcome.status === "requires_action"
            ? (outcome.failureCode ?? null)
            : null,
      ...(outcome.status === "requires_action" && {
        metadata: sql`${payments.metadata} || ${JSON.stringify({ ...outcome.metadata, nextAction: outcome.nextAction })}::jsonb`,
      }),
      updatedAt: deps.now,
    })
    .where(and(eq(payments.id, paymentId), inArray(payments.status, ["pending", "requires_action"])))
    .returning({ orderId: payments.orderId });
  return payment?.orderId;
}

function declineMessage(failureCode: string): string {
  if (failureCode === "reader_timeout")
    return "The card reader gave up waiting for a card. The seats are still held; try again.";
  if (failureCode === "customer_cancelled" || failureCode === "canceled")
    return "The payment was cancelled. The seats are still held.";
  if (failureCode === "reader_busy") return "That card reader is busy with another payment.";
  return "Your card was declined. Your seats are still held; try another card.";
}

/** The buyer finished (or refused) the card's confirmation step. */
export async function completePayment(
  deps: BookingDeps,
  holder: Holder,
  input: { orderId: string; approve: boolean },
): Promise<Order> {
  const [row] = await deps.db
    .select({ payment: payments, order: orders })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .where(
      and(
        eq(payments.orderId, input.orderId),
        or(
          eq(payments.status, "requires_action"),
          and(eq(payments.status, "pending"), isNotNull(payments.gatewayRef)),
        ),
      ),
    );
  if (!row || !ownsOrder(holder, row.order)) {
    const existing = await deps.db.select({ order: orders }).from(orders).where(eq(orders.id, input.orderId));
    const order = existing[0]?.order;
    if (order && ownsOrder(holder, order)) return orderOrThrow(deps, order.id);
    throw new DomainError("ORDER_NOT_FOUND", "This order does not exist.");
  }
  const gateway = deps.gateways[row.payment.gateway];
  if (!gateway || !row.payment.gatewayRef)
    throw new DomainError("PAYMENT_GATEWAY_UNAVAILABLE", "This payment method is not available.");
  const outcome = await gateway
    .completeAction({
      gatewayRef: row.payment.gatewayRef,
      approve: input.approve,
      amountMinor: row.payment.amountMinor,
      metadata: row.payment.metadata,
    })
    .catch((error) => {
      deps.log.warn({ err: error, orderId: row.order.id }, "completing a payment failed");
      throw new DomainError(
        "PAYMENT_GATEWAY_UNAVAILABLE",
        "We could not reach the payment provider. Please try again.",
      );
    });
  await applyChargeOutcome(deps, row.payment.id, outcome);
  return orderOrThrow(deps, row.order.id);
}

const ownsOrder = (holder: Holder, order: { userId: string | null; terminalId: string | null }) =>
  holder.terminalId
    ? order.terminalId === holder.terminalId
    : order.userId !== null && order.userId === holder.userId;

async function replayCheckout(
  deps: BookingDeps,
  holder: Holder,
  input: CheckoutInput,
): Promise<Order | null> {
  const key = input.idempotencyKey;
  const requestHash = requestHashOf(input);
  const [existing] = await deps.db
    .select({
      id: orders.id,
      requestHash: orders.requestHash,
      userId: orders.userId,
      terminalId: orders.terminalId,
    })
    .from(orders)
    .where(eq(orders.idempotencyKey, key));
  if (!existing) return null;
  if (existing.requestHash !== requestHash || !ownsOrder(holder, existing)) {
    throw new DomainError(
      "IDEMPOTENCY_KEY_REUSED",
      "This idempotency key was already used for a different request.",
    );
  }
  const order = await orderOrThrow(deps, existing.id);
  const resumed = await resumeUnsentCharge(deps, order, input.payment);
  if (resumed) return resumed;
  if (order.payment?.status === "failed") {
    throw new DomainError(
      "PAYMENT_DECLINED",
      "Your card was declined. Your seats are still held; try another card.",
      {
        orderId: order.id,
        failureCode: order.payment.failureCode,
      },
    );
  }
  return order;
}

const unpaidOrdersOfHoldFailed = reusableQuery("checkout_supersede_unpaid", (db) =>
  db
    .update(orders)
    .set({ status: "failed", updatedAt: valueAtRun<Date>("now") })
    .where(and(eq(orders.holdId, sql.placeholder("holdId")), eq(orders.status, "pending_payment")))
    .returning({ id: orders.id }),
);

/** A new checkout on the same hold replaces an earlier attempt whose payment never succeeded. */
function supersedeUnpaidOrders(tx: Tx, holdId: string, now: Date) {
  return unpaidOrdersOfHoldFailed(tx, { holdId, now });
}

/** A superseded attempt gives back its promo use, and its open payment is cancelled. */
async function closeSupersededOrders(tx: Tx, superseded: { id: string }[], now: Date): Promise<void> {
  for (const order of superseded) {
    await releasePromo(tx, order.id);
    await tx
      .update(payments)
      .set({ status: "cancelled", updatedAt: now })
      .where(and(eq(payments.orderId, order.id), inArray(payments.status, ["pending", "requires_action"])));
  }
}

async function orderOrThrow(deps: BookingDeps, orderId: string): Promise<Order> {
  const order = await loadOrder(deps.db, orderId);
  if (!order) throw new DomainError("ORDER_NOT_FOUND", "This order does not exist.");
  return order;
}

/**
 * A retry of a checkout whose charge never got an answer (gateway down or timed out) sends the
 * charge again, with the same gateway idempotency key: the buyer's "try again" works, and a charge
 * that did reach the gateway is not made twice.
 */
async function resumeUnsentCharge(
  deps: BookingDeps,
  order: Order,
  method: CheckoutInput["payment"],
): Promise<Order | null> {
  if (order.status !== "pending_payment" || order.payment?.status !== "pending") return null;
  const [payment] = await deps.db
    .select({ gateway: payments.gateway, gatewayRef: payments.gatewayRef })
    .from(payments)
    .where(eq(payments.id, order.payment.id));
  const gateway = payment && deps.gateways[payment.gateway];
  if (!payment || payment.gatewayRef || !gateway) return null;
  return chargeOrder(
    deps,
    gateway,
    {
      orderId: order.id,
      paymentId: order.payment.id,
      totalMinor: order.price.total.amountMinor,
      currency: order.price.currency,
    },
    method,
  );
}
