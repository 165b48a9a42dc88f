import {
  eventKinds,
  holdStatuses,
  orderStatuses,
  paymentStatuses,
  salesChannels,
  seatStatuses,
  showFormats,
  showStatuses,
  ticketStatuses,
  userRoles,
} from "@marquee/contracts";
import { pgEnum } from "drizzle-orm/pg-core";

/*
 * Every Postgres enum in one module: tables in several domain files share them (a sales
 * channel is used by inventory, booking and fees), and keeping them here means no schema file
 * has to import another just for an enum. The value arrays are exported for zod and UIs.
 */

export type { UserRole } from "@marquee/contracts";
export const userRoleEnum = pgEnum("user_role", userRoles);

export const memberRoles = ["owner", "manager", "checkin"] as const;
export type MemberRole = (typeof memberRoles)[number];
export const memberRoleEnum = pgEnum("member_role", memberRoles);

export type SalesChannel = (typeof salesChannels)[number];
export const salesChannelEnum = pgEnum("sales_channel", salesChannels);

export type EventKind = (typeof eventKinds)[number];
export const eventKindEnum = pgEnum("event_kind", eventKinds);

export const eventStatuses = ["draft", "published", "cancelled"] as const;
export type EventStatus = (typeof eventStatuses)[number];
export const eventStatusEnum = pgEnum("event_status", eventStatuses);

export type ShowStatus = (typeof showStatuses)[number];
export const showStatusEnum = pgEnum("show_status", showStatuses);

export type ShowFormat = (typeof showFormats)[number];
export const showFormatEnum = pgEnum("show_format", showFormats);

export type SeatStatus = (typeof seatStatuses)[number];
export const seatStatusEnum = pgEnum("seat_status", seatStatuses);

export { holdStatuses };
export type HoldStatus = (typeof holdStatuses)[number];
export const holdStatusEnum = pgEnum("hold_status", holdStatuses);

export type OrderStatus = (typeof orderStatuses)[number];
export const orderStatusEnum = pgEnum("order_status", orderStatuses);

export type TicketStatus = (typeof ticketStatuses)[number];
export const ticketStatusEnum = pgEnum("ticket_status", ticketStatuses);

export const paymentGateways = ["simulated", "stripe", "cash", "card_present"] as const;
export type PaymentGateway = (typeof paymentGateways)[number];
export const paymentGatewayEnum = pgEnum("payment_gateway", paymentGateways);

export type PaymentStatus = (typeof paymentStatuses)[number];
export const paymentStatusEnum = pgEnum("payment_status", paymentStatuses);

export const refundStatuses = ["pending", "succeeded", "failed"] as const;
export type RefundStatus = (typeof refundStatuses)[number];
export const refundStatusEnum = pgEnum("refund_status", refundStatuses);

export const terminalKinds = ["boxoffice", "kiosk"] as const;
export type TerminalKind = (typeof terminalKinds)[number];
export const terminalKindEnum = pgEnum("terminal_kind", terminalKinds);

export const promoKinds = ["percent", "fixed"] as const;
export type PromoKind = (typeof promoKinds)[number];
export const promoKindEnum = pgEnum("promo_kind", promoKinds);

export const feeKinds = ["per_ticket", "percent"] as const;
export type FeeKind = (typeof feeKinds)[number];
export const feeKindEnum = pgEnum("fee_kind", feeKinds);

export const interactionKinds = ["view", "like", "wishlist", "share"] as const;
export type InteractionKind = (typeof interactionKinds)[number];
export const interactionKindEnum = pgEnum("interaction_kind", interactionKinds);

export const checkinResults = ["admitted", "duplicate", "invalid", "wrong_show"] as const;
export type CheckinResult = (typeof checkinResults)[number];
export const checkinResultEnum = pgEnum("checkin_result", checkinResults);

/** Shared with clients: the lists live in @marquee/contracts. */
export {
  eventKinds,
  orderStatuses,
  paymentStatuses,
  salesChannels,
  seatStatuses,
  showFormats,
  showStatuses,
  ticketStatuses,
  userRoles,
};
