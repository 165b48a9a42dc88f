import {
  checkInInput,
  checkInResult,
  ticketCodeInput,
  ticketVerification,
  venueKeys,
  venueKeysInput,
} from "@marquee/contracts";
import { z } from "zod";
import { publicProcedure, router } from "../../trpc.ts";
import { checkInTicket, venuePublicKeys, verifyTicket } from "./service.ts";

export const ticketsRouter = router({
  verify: publicProcedure
    .input(ticketCodeInput)
    .output(ticketVerification)
    .query(({ ctx, input }) => verifyTicket(ctx.db, input.code)),
  checkIn: publicProcedure
    .input(checkInInput.extend({ showId: z.uuid().optional() }))
    .output(checkInResult)
    .mutation(({ ctx, input }) => checkInTicket(ctx.db, ctx, input, ctx.clock.now())),
  venueKeys: publicProcedure
    .input(venueKeysInput)
    .output(venueKeys)
    .query(({ ctx, input }) => venuePublicKeys(ctx.db, input.venueId)),
});
