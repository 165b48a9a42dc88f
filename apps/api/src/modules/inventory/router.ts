import { holdInput, holdRef, holdResult, holdView, type SeatMap, seatMapInput } from "@marquee/contracts";
import { z } from "zod";
import { publicProcedure, router } from "../../trpc.ts";
import { holdViewFor } from "./hold-view.ts";
import { holderOf } from "./holder.ts";
import { extendHold, holdSeats, releaseHold } from "./holds.ts";
import { seatMapFor } from "./seat-map.ts";

export const inventoryRouter = router({
  // No runtime output validation here: the map is the hottest read (thousands of seats, many
  // times a second) and its type is checked at compile time against the contract instead.
  seatMap: publicProcedure
    .input(seatMapInput)
    .query(
      ({ ctx, input }): Promise<SeatMap> =>
        seatMapFor(ctx.db, input.showId, ctx.device?.kind ?? "web", ctx.clock.now()),
    ),
  hold: publicProcedure
    .input(holdInput)
    .output(holdResult)
    .mutation(({ ctx, input }) => holdSeats({ ...ctx, now: ctx.clock.now() }, holderOf(ctx), input)),
  release: publicProcedure
    .input(holdRef)
    .output(z.object({ released: z.boolean() }))
    .mutation(({ ctx, input }) => releaseHold({ ...ctx, now: ctx.clock.now() }, holderOf(ctx), input.holdId)),
  holdStatus: publicProcedure
    .input(holdRef)
    .output(holdView)
    .query(({ ctx, input }) => holdViewFor(ctx.db, holderOf(ctx), input.holdId)),
  extend: publicProcedure
    .input(holdRef)
    .output(holdResult)
    .mutation(({ ctx, input }) => extendHold({ ...ctx, now: ctx.clock.now() }, holderOf(ctx), input.holdId)),
});
