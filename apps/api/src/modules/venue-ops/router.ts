import { cashShift, closeShiftInput, openShiftInput } from "@marquee/contracts";
import { DomainError } from "../../errors.ts";
import { deviceProcedure, router } from "../../trpc.ts";
import { closeShift, currentShift, openShift, type ShiftCaller } from "./shifts.ts";

/** A box-office terminal with a signed-in cashier (or organizer, or admin) at it. */
const counterProcedure = deviceProcedure.use(({ ctx, next }) => {
  if (ctx.device.kind !== "boxoffice")
    throw new DomainError("FORBIDDEN", "Shifts are kept at box-office terminals.");
  if (!ctx.user) throw new DomainError("UNAUTHENTICATED", "Sign in to the terminal first.");
  if (ctx.user.role === "buyer") throw new DomainError("FORBIDDEN", "Only staff can run a cash drawer.");
  const caller: ShiftCaller = {
    terminalId: ctx.device.terminalId,
    venueId: ctx.device.venueId,
    cashierUserId: ctx.user.id,
  };
  return next({ ctx: { caller } });
});

export const shiftsRouter = router({
  current: counterProcedure
    .output(cashShift.nullable())
    .query(({ ctx }) => currentShift(ctx.db, ctx.caller.terminalId)),
  open: counterProcedure
    .input(openShiftInput)
    .output(cashShift)
    .mutation(({ ctx, input }) => openShift(ctx.db, ctx.caller, input, ctx.clock.now())),
  close: counterProcedure
    .input(closeShiftInput)
    .output(cashShift)
    .mutation(({ ctx, input }) => closeShift(ctx.db, ctx.caller, input.countedMinor, ctx.clock.now())),
});
