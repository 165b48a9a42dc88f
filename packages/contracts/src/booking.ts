import { z } from "zod";
import { money } from "./money-schema.ts";

export const orderStatuses = [
  "pending_payment",
  "confirmed",
  "cancelled",
  "expired",
  "failed",
  "refunded",
  "partially_refunded",
] as const;
export const paymentStatuses = [
  "requires_action",
  "pending",
  "succeeded",
  "failed",
  "cancelled",
  "refunded",
  "partially_refunded",
] as const;
export const ticketStatuses = ["valid", "cancelled", "refunded"] as const;
export const paymentNextActions = ["confirm_card", "stripe_payment_element", "present_card"] as const;
export type PaymentNextAction = (typeof paymentNextActions)[number];

/**
 * How the buyer pays. The simulated gateway takes only its published test card numbers (no
 * real card data ever reaches it); Stripe collects the card in its Payment Element, so our
 * servers never see card data either. Cash and card-present are for box office and kiosk.
 */
export const paymentMethod = z.discriminatedUnion("gateway", [
  z.strictObject({
    gateway: z.literal("simulated"),
    cardNumber: z
      .string()
      .transform((value) => value.replace(/[\s-]/g, ""))
      .pipe(z.string().regex(/^\d{12,19}$/, { error: "Enter the card number" })),
  }),
  z.strictObject({ gateway: z.literal("stripe") }),
  z.strictObject({
    gateway: z.literal("cash"),
    /** Cash handed over, in minor units of the show's currency. */
    tenderedMinor: z.number().int().min(0).max(100_000_000),
  }),
  z.strictObject({ gateway: z.literal("card_present"), readerId: z.string().min(1).max(100) }),
]);
export type PaymentMethod = z.infer<typeof paymentMethod>;

export const promoCodeInput = z
  .string()
  .trim()
  .min(2)
  .max(32)
  .transform((value) => value.toUpperCase());

export const quoteInput = z.object({ holdId: z.uuid(), promoCode: promoCodeInput.optional() });

export const checkoutInput = z.object({
  holdId: z.uuid(),
  promoCode: promoCodeInput.optional(),
  payment: paymentMethod,
  idempotencyKey: z.string().min(8).max(100),
  customer: z.object({ email: z.email().max(254), name: z.string().trim().min(1).max(120) }).optional(),
});
export type CheckoutInput = z.infer<typeof checkoutInput>;

export const priceLine = z.object({
  seatId: z.uuid().nullable(),
  label: z.string(),
  tierName: z.string(),
  unitPrice: money,
  discount: money,
  fee: money,
  total: money,
});

export const priceBreakdown = z.object({
  currency: z.string(),
  lines: z.array(priceLine),
  subtotal: money,
  discount: money,
  fees: money,
  total: money,
  promo: z.object({ code: z.string(), description: z.string() }).nullable(),
});
export type PriceBreakdown = z.infer<typeof priceBreakdown>;

export const orderTicket = z.object({
  id: z.uuid(),
  code: z.string(),
  seatId: z.uuid().nullable(),
  label: z.string(),
  tierName: z.string(),
  status: z.enum(ticketStatuses),
  qr: z.string(),
  checkedInAt: z.date().nullable(),
});

export const order = z.object({
  id: z.uuid(),
  code: z.string(),
  status: z.enum(orderStatuses),
  channel: z.string(),
  showId: z.uuid(),
  show: z.object({
    startsAt: z.date(),
    eventTitle: z.string(),
    venueName: z.string(),
    hallName: z.string(),
    timeZone: z.string(),
  }),
  price: priceBreakdown,
  refunded: money,
  payment: z
    .object({
      id: z.uuid(),
      gateway: z.string(),
      status: z.enum(paymentStatuses),
      failureCode: z.string().nullable(),
      /**
       * What the client does next: confirm_card (simulated 3-D Secure step), stripe_payment_element
       * (mount Stripe's Payment Element with clientSecret), present_card (customer taps the reader;
       * poll completePayment).
       */
      nextAction: z.enum(paymentNextActions).nullable(),
      /** Stripe PaymentIntent client secret, only while the owner still has to pay. */
      clientSecret: z.string().nullable(),
      /** Cash sales: what was handed over and the change due. */
      tendered: money.nullable(),
      change: money.nullable(),
    })
    .nullable(),
  tickets: z.array(orderTicket),
  createdAt: z.date(),
  confirmedAt: z.date().nullable(),
  cancelledAt: z.date().nullable(),
  expiresAt: z.date().nullable(),
});
export type Order = z.infer<typeof order>;

export const orderRef = z.object({ orderId: z.uuid() });
export const completePaymentInput = z.object({ orderId: z.uuid(), approve: z.boolean() });

export const cancelInput = z.object({
  orderId: z.uuid(),
  ticketIds: z.array(z.uuid()).min(1).max(50).optional(),
});

export const cancellationQuote = z.object({
  orderId: z.uuid(),
  ticketIds: z.array(z.uuid()),
  refundPercent: z.number().int().min(0).max(100),
  refund: money,
  hoursBeforeShow: z.number(),
});
export type CancellationQuote = z.infer<typeof cancellationQuote>;

export const cancelResult = z.object({ order, refund: money, refundPercent: z.number().int() });

export const myOrdersInput = z
  .object({ cursor: z.string().max(200).optional(), limit: z.number().int().min(1).max(50).default(20) })
  .default({ limit: 20 });
