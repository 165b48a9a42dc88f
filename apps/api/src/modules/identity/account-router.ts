import {
  acceptedResult,
  consentState,
  eraseAccountInput,
  mfaBeginInput,
  mfaCodeInput,
  mfaConfirmInput,
  mfaConfirmResult,
  mfaEnrolment,
  mfaStatus as mfaStatusOutput,
  personalDataExport,
  sessionRef,
  sessionSummary,
  setConsentInput,
  setPinInput,
} from "@marquee/contracts";
import { z } from "zod";
import { authedProcedure, publicProcedure, roleProcedure, router } from "../../trpc.ts";
import { setStaffPin } from "./devices.ts";
import { disableMfa, mfaStatus, regenerateRecoveryCodes } from "./mfa.ts";
import { currentConsents, eraseAccount, exportPersonalData, setConsent } from "./privacy.ts";
import { listSessions, revokeOwnSession } from "./sessions.ts";
import { beginMfaEnrolment, confirmMfaEnrolment } from "./sign-in.ts";

/** Two-step verification (TOTP and recovery codes). */
export const mfaRouter = router({
  status: authedProcedure.output(mfaStatusOutput).query(({ ctx }) => mfaStatus(ctx, ctx.user)),
  /** Signed in, or with the enrolment token of a sign-in that answered MFA_ENROLMENT_REQUIRED. */
  beginEnrolment: publicProcedure
    .input(mfaBeginInput)
    .output(mfaEnrolment)
    .mutation(({ ctx, input }) => beginMfaEnrolment(ctx, input)),
  confirmEnrolment: publicProcedure
    .input(mfaConfirmInput)
    .output(mfaConfirmResult)
    .mutation(({ ctx, input }) => confirmMfaEnrolment(ctx, input)),
  regenerateRecoveryCodes: authedProcedure
    .input(mfaCodeInput)
    .output(mfaConfirmResult)
    .mutation(async ({ ctx, input }) => ({
      recoveryCodes: await regenerateRecoveryCodes(ctx, ctx.user.id, input.code),
    })),
  disable: authedProcedure
    .input(mfaCodeInput)
    .output(acceptedResult)
    .mutation(async ({ ctx, input }) => {
      await disableMfa(ctx, ctx.user, input.code);
      return { accepted: true as const };
    }),
});

/** The signed-in person's own account: sessions, PIN, personal data. */
export const accountRouter = router({
  sessions: authedProcedure
    .output(z.array(sessionSummary))
    .query(({ ctx }) => listSessions(ctx, ctx.user.id, ctx.user.sessionId)),
  revokeSession: authedProcedure
    .input(sessionRef)
    .output(acceptedResult)
    .mutation(async ({ ctx, input }) => {
      await revokeOwnSession(ctx, input.sessionId);
      return { accepted: true as const };
    }),
  setPin: roleProcedure("cashier", "organizer", "admin")
    .input(setPinInput)
    .output(acceptedResult)
    .mutation(({ ctx, input }) => setStaffPin(ctx, input)),
  /** A mutation: every export is audited, and a GET should not do that. */
  exportData: authedProcedure.output(personalDataExport).mutation(({ ctx }) => exportPersonalData(ctx)),
  erase: authedProcedure
    .input(eraseAccountInput)
    .output(z.object({ erased: z.literal(true) }))
    .mutation(({ ctx, input }) => eraseAccount(ctx, input.confirmation)),
  consents: authedProcedure.output(z.array(consentState)).query(({ ctx }) => currentConsents(ctx)),
  setConsent: authedProcedure
    .input(setConsentInput)
    .output(z.array(consentState))
    .mutation(({ ctx, input }) => setConsent(ctx, input)),
});
