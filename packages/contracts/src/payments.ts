import { z } from "zod";
import { money } from "./money-schema.ts";

export const paymentGatewayNames = ["simulated", "stripe", "cash", "card_present"] as const;
export type PaymentGatewayName = (typeof paymentGatewayNames)[number];

/** What a client needs to show the right payment form; `mode: "test"` means no real money moves. */
export const paymentsConfig = z.object({
  mode: z.enum(["test", "live"]),
  /** The online card gateway: Stripe's Payment Element, or the simulated test-card form. */
  gateway: z.enum(["simulated", "stripe"]),
  publishableKey: z.string().nullable(),
  /** Card readers a box office or kiosk can hand a payment to. */
  readers: z.array(z.object({ id: z.string(), label: z.string() })),
});
export type PaymentsConfig = z.infer<typeof paymentsConfig>;

export const reconciliationFinding = z.object({
  id: z.uuid(),
  runAt: z.date(),
  gateway: z.enum(paymentGatewayNames),
  /** missing_webhook, orphan_charge, amount_mismatch, missing_at_gateway, refund_retried, refund_failed, unmatched_refund. */
  kind: z.string(),
  gatewayRef: z.string().nullable(),
  orderId: z.uuid().nullable(),
  /** confirmed_order, refunded, flagged, ... */
  action: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type ReconciliationFinding = z.infer<typeof reconciliationFinding>;

export const reconciliationFindingsInput = z
  .object({
    /** Findings of runs before this one (the cursor is the last `runAt` seen). */
    before: z.date().optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .default({ limit: 50 });

export const reconciliationRun = z.object({
  runAt: z.date(),
  checked: z.number().int(),
  findings: z.array(reconciliationFinding),
});
export type ReconciliationRun = z.infer<typeof reconciliationRun>;

export const cashShift = z.object({
  id: z.uuid(),
  terminalId: z.uuid(),
  cashierUserId: z.uuid(),
  openingFloat: money,
  expected: money,
  counted: money.nullable(),
  /** counted − expected once closed: negative is a shortfall. */
  difference: money.nullable(),
  openedAt: z.date(),
  closedAt: z.date().nullable(),
});
export type CashShift = z.infer<typeof cashShift>;

export const openShiftInput = z.object({
  currency: z.string().length(3),
  openingFloatMinor: z.number().int().min(0).max(100_000_000),
});
export const closeShiftInput = z.object({ countedMinor: z.number().int().min(0).max(100_000_000) });
