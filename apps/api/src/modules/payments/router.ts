import {
  paymentsConfig,
  reconciliationFinding,
  reconciliationFindingsInput,
  reconciliationRun,
} from "@marquee/contracts";
import { z } from "zod";
import { publicProcedure, roleProcedure, router } from "../../trpc.ts";
import { listFindings } from "./findings.ts";
import { reconcilePayments } from "./reconciliation.ts";
import { paymentsConfigOf } from "./registry.ts";

export const paymentsRouter = router({
  /** Which payment form to show, and whether this is test mode (no real money). */
  config: publicProcedure
    .output(paymentsConfig)
    .query(({ ctx }) => paymentsConfigOf(ctx.config, ctx.gateways)),
  reconciliationFindings: roleProcedure("admin")
    .input(reconciliationFindingsInput)
    .output(z.array(reconciliationFinding))
    .query(({ ctx, input }) => listFindings(ctx.db, input)),
  /** Runs reconciliation now (it also runs on a schedule in the worker). */
  reconcile: roleProcedure("admin")
    .output(reconciliationRun)
    .mutation(({ ctx }) =>
      reconcilePayments(
        { ...ctx, now: ctx.clock.now() },
        { lookbackHours: ctx.config.RECONCILE_LOOKBACK_HOURS },
      ),
    ),
});
