import { cancelShowInput, rescheduleShowInput, showChangeResult } from "@marquee/contracts";
import { roleProcedure, router } from "../../trpc.ts";
import { cancelShow, rescheduleShow } from "./service.ts";

/** Organizer changes to a show that its ticket holders must hear about. */
export const showChangesRouter = router({
  cancel: roleProcedure("organizer", "admin")
    .input(cancelShowInput)
    .output(showChangeResult)
    .mutation(({ ctx, input }) => cancelShow({ db: ctx.db, now: ctx.clock.now() }, ctx, input)),
  reschedule: roleProcedure("organizer", "admin")
    .input(rescheduleShowInput)
    .output(showChangeResult)
    .mutation(({ ctx, input }) => rescheduleShow({ db: ctx.db, now: ctx.clock.now() }, ctx, input)),
});
