import { authResult, loginInput, publicUser, registerInput } from "@marquee/contracts";
import { authedProcedure, publicProcedure, router } from "../../trpc.ts";
import { currentUser, registerBuyer, signIn } from "./service.ts";

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
});
