import {
  cancelInput,
  cancellationQuote,
  cancelResult,
  checkoutInput,
  completePaymentInput,
  myOrdersInput,
  order,
  orderRef,
  priceBreakdown,
  quoteInput,
} from "@marquee/contracts";
import { z } from "zod";
import type { Context } from "../../context.ts";
import { authedProcedure, publicProcedure, router } from "../../trpc.ts";
import { holderOf } from "../inventory/holder.ts";
import { cancelOrder, quoteCancellation } from "./cancel.ts";
import { checkout, completePayment, quoteHold } from "./checkout.ts";
import type { BookingDeps } from "./deps.ts";
import { orderFor, ordersOfUser } from "./orders.ts";

const depsOf = (ctx: Context): BookingDeps => ({ ...ctx, now: ctx.clock.now() });

export const bookingRouter = router({
  quote: publicProcedure
    .input(quoteInput)
    .output(priceBreakdown)
    .query(({ ctx, input }) => quoteHold(depsOf(ctx), holderOf(ctx), input)),
  checkout: publicProcedure
    .input(checkoutInput)
    .output(order)
    .mutation(({ ctx, input }) => checkout(depsOf(ctx), holderOf(ctx), input)),
  completePayment: publicProcedure
    .input(completePaymentInput)
    .output(order)
    .mutation(({ ctx, input }) => completePayment(depsOf(ctx), holderOf(ctx), input)),
  order: publicProcedure
    .input(orderRef)
    .output(order)
    .query(({ ctx, input }) => orderFor(ctx.db, ctx, input.orderId)),
  myOrders: authedProcedure
    .input(myOrdersInput)
    .output(z.object({ items: z.array(order), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => ordersOfUser(ctx.db, ctx.user.id, input)),
  cancellationQuote: publicProcedure
    .input(cancelInput)
    .output(cancellationQuote)
    .query(({ ctx, input }) => quoteCancellation(depsOf(ctx), ctx, input)),
  cancel: publicProcedure
    .input(cancelInput)
    .output(cancelResult)
    .mutation(({ ctx, input }) => cancelOrder(depsOf(ctx), ctx, input)),
});
