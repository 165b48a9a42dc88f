import {
  acceptedResult,
  authResult,
  changePasswordInput,
  emailOnlyInput,
  emailTokenInput,
  loginInput,
  logoutInput,
  mfaChallengeInput,
  oidcFinishInput,
  oidcProviderList,
  oidcStartInput,
  oidcStartResult,
  publicUser,
  refreshInput,
  registerInput,
  resetPasswordInput,
  socketToken,
} from "@marquee/contracts";
import { authedProcedure, publicProcedure, router } from "../../trpc.ts";
import {
  requestMagicLink,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  signInWithLink,
  verifyEmail,
} from "./account-recovery.ts";
import { configuredProviders, finishOidcSignIn, startOidcSignIn } from "./oidc.ts";
import { changePassword, currentUser, registerBuyer, signIn } from "./service.ts";
import { endSession, refreshSession, revokeAllSessions } from "./sessions.ts";
import { completeMfaChallenge } from "./sign-in.ts";
import { socketTokenFor } from "./tokens.ts";

export const authRouter = router({
  register: publicProcedure
    .input(registerInput)
    .output(authResult)
    .mutation(({ ctx, input }) => registerBuyer(ctx, input)),
  login: publicProcedure
    .input(loginInput)
    .output(authResult)
    .mutation(({ ctx, input }) => signIn(ctx, input)),
  me: authedProcedure.output(publicUser).query(({ ctx }) => currentUser(ctx, ctx.user.id)),

  /** A new access token (and refresh token: each works once) from the refresh token or cookie. */
  refresh: publicProcedure
    .input(refreshInput)
    .output(authResult)
    .mutation(({ ctx, input }) => refreshSession(ctx, input.refreshToken)),
  logout: publicProcedure
    .input(logoutInput)
    .output(acceptedResult)
    .mutation(async ({ ctx, input }) => {
      await endSession(ctx, input.refreshToken);
      return { accepted: true as const };
    }),
  /** A mutation: each call issues a new token. */
  socketToken: authedProcedure
    .output(socketToken)
    .mutation(({ ctx }) => socketTokenFor(ctx.tokens, ctx.user)),
  logoutEverywhere: authedProcedure.output(acceptedResult).mutation(async ({ ctx }) => {
    await revokeAllSessions(ctx, ctx.user.id);
    return { accepted: true as const };
  }),
  completeMfa: publicProcedure
    .input(mfaChallengeInput)
    .output(authResult)
    .mutation(({ ctx, input }) => completeMfaChallenge(ctx, input)),
  changePassword: authedProcedure
    .input(changePasswordInput)
    .output(authResult)
    .mutation(({ ctx, input }) => changePassword(ctx, input)),

  verifyEmail: publicProcedure
    .input(emailTokenInput)
    .output(acceptedResult)
    .mutation(({ ctx, input }) => verifyEmail(ctx, input.token)),
  resendVerification: authedProcedure.output(acceptedResult).mutation(({ ctx }) => resendVerification(ctx)),
  requestPasswordReset: publicProcedure
    .input(emailOnlyInput)
    .output(acceptedResult)
    .mutation(({ ctx, input }) => requestPasswordReset(ctx, input.email)),
  resetPassword: publicProcedure
    .input(resetPasswordInput)
    .output(acceptedResult)
    .mutation(({ ctx, input }) => resetPassword(ctx, input)),
  requestMagicLink: publicProcedure
    .input(emailOnlyInput)
    .output(acceptedResult)
    .mutation(({ ctx, input }) => requestMagicLink(ctx, input.email)),
  signInWithLink: publicProcedure
    .input(emailTokenInput)
    .output(authResult)
    .mutation(({ ctx, input }) => signInWithLink(ctx, input.token)),

  oidcProviders: publicProcedure.output(oidcProviderList).query(({ ctx }) => configuredProviders(ctx.config)),
  oidcStart: publicProcedure
    .input(oidcStartInput)
    .output(oidcStartResult)
    .mutation(({ ctx, input }) => startOidcSignIn(ctx, input.provider)),
  oidcFinish: publicProcedure
    .input(oidcFinishInput)
    .output(authResult)
    .mutation(({ ctx, input }) => finishOidcSignIn(ctx, input)),
});
